/**
 * Listen mode's shell (the reader's listen mode and the room's narration both use it): feeds listen-state.ts the events (the play control, a cue said, the reader at another beat),
 * says the cue the state points at with the right voice, lights its place on the screen, and turns to the next panel
 * after a pause. Which voice: the recording when it is stored and was made for the text as shown now; else the phone's
 * voice for the text's language; never a voice of another language.
 */
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useEffectEvent, useMemo, useReducer, useRef, useState } from 'react';
import type { Beat } from '../../engine';
import { LESSONS_NAMESPACE, namespaceText, storyNamespace } from '../../content/text';
import { sourceHash } from '../../story/hash';
import type { Story } from '../../story/schema';
import { useListenSettings } from '../../store/listen';
import { listenOff, listenStep, type ListenState } from './listen-state';
import { LESSONS_FOLDER, storedRecording, type Recordings } from './recordings';
import { beatKey, scriptOf, type Cue, type CueTarget } from './script';
import { pauseOf, playClip, speak, voiceFor, type Saying } from './voice';

/** The pause between a panel read and the next one, long enough to look at the picture. */
export const ADVANCE_PAUSE_MS = 1200;

export type ListenProblem =
  | { kind: 'no-voice'; language: string }
  /** The phone would not make the sound (voice.ts OnRefused): paused there, the play control tries again. */
  | { kind: 'refused' }
  | null;

interface Options {
  story: Story;
  beat: Beat;
  i18n: I18n;
  /** The recordings of the reading language, once known (null: none, or not looked up yet). */
  recordings: Recordings | null;
  /** Whether the app's recordings are downloaded (only then are they played; a received story's own always play). */
  stored: boolean;
  voices: readonly SpeechSynthesisVoice[];
  onNext: () => void;
  /** Where the lit words are looked for: the reader's page, or the projected stage. */
  stage: string;
  /** Turn to the next panel by itself when the reader asked to; never in the room, where the facilitator turns. */
  autoAdvance: boolean;
}

export function useListen({ story, beat, i18n, recordings, stored, voices, onNext, stage, autoAdvance }: Options) {
  const descriptions = useListenSettings((settings) => settings.descriptions);
  // Sound off: nothing is said, and a reading under way pauses where it is.
  const sound = useListenSettings((settings) => settings.sound);
  const key = beatKey(beat);
  const script = useMemo(() => scriptOf(story, beat, { descriptions }), [story, beat, descriptions]);
  const [state, dispatch] = useReducer(listenStep, key, listenOff);
  const [problem, setProblem] = useState<ListenProblem>(null);
  const audio = useRef<AudioContext | null>(null);
  const player = useRef<HTMLAudioElement | null>(null);
  if (state.beat !== key) dispatch({ type: 'beat', beat: key });

  const cue = state.status === 'off' ? undefined : script.cues[state.cue];
  const saying = useRef<Saying | null>(null);
  const playing = state.status === 'playing';
  const playingNow = useRef(playing);
  const active = sound && (state.status === 'playing' || state.status === 'paused');
  if (!sound && (state.status === 'playing' || state.status === 'waiting')) dispatch({ type: 'toggle' });
  const choice = cue ? voiceOf(i18n, story, cue, recordings, stored, voices) : null;
  // The saying starts again only when the choice of words and voice changes: not when the recordings are looked up, or
  // the phone lists its voices, a moment after play and choose the same (issue 19: the first words said twice).
  const chosen = choice ? [choice.words.language, choice.words.text, choice.recording?.file ?? choice.voice?.voiceURI ?? ''].join('\n') : '';
  // Say the cue once per (beat, cue); pausing and resuming act on the same saying, so it keeps its place.
  useEffect(() => {
    if (!active || !cue || !choice) return;
    let cancelled = false;
    const said = () => {
      // Read when the cue ends: turning auto-advance on or off during a balloon counts for that balloon.
      if (!cancelled) dispatch({ type: 'said', script, autoAdvance: autoAdvance && useListenSettings.getState().autoAdvance });
    };
    const refused = () => {
      if (cancelled) return;
      setProblem({ kind: 'refused' });
      dispatch({ type: 'refused' }); // paused on this cue: the play control, a tap, says it again from its start
    };
    void (async () => {
      const { words, recording } = choice;
      const bytes = recording ? await storedRecording(recording) : null;
      if (cancelled) return;
      if (bytes) {
        player.current ??= new Audio();
        saying.current = playClip(player.current, bytes, refused);
      } else {
        const voice = choice.voice ?? voiceFor(voices, words.language);
        if (!voice) {
          setProblem({ kind: 'no-voice', language: words.language });
          dispatch({ type: 'toggle' }); // pause here: the reader sees why, and can download the recordings or go on
          return;
        }
        saying.current = speak(withLetter(i18n, cue, words.text), voice, refused);
      }
      setProblem(null);
      void saying.current.done.then(said);
      // Ready while paused (the voices arrived, say): it waits for the play control.
      if (playingNow.current) saying.current.play();
    })();
    return () => {
      cancelled = true;
      saying.current?.cancel();
      saying.current = null;
    };
    // The saying starts again only for another cue or another choice of voice: not when the state object, the settings
    // or the lists the choice was made from change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, key, state.cue, chosen]);

  useEffect(() => {
    playingNow.current = playing;
    if (playing) saying.current?.play();
    else saying.current?.pause();
  }, [playing]);

  const turnPage = useEffectEvent(onNext);
  useEffect(() => {
    if (state.status !== 'waiting') return;
    // On the audio clock, so the next panel comes with the screen off too (voice.ts pauseOf).
    const pause = pauseOf(audio.current, ADVANCE_PAUSE_MS);
    void pause.done.then(() => turnPage());
    return pause.cancel;
  }, [state.status]);

  useLitPlace(stage, state, cue?.target);
  useEffect(() => () => void audio.current?.close(), []);

  // The tap is the gesture a phone wants before it plays sound: the audio starts (or wakes) here.
  const wake = useCallback(() => {
    audio.current ??= new AudioContext();
    void audio.current.resume();
  }, []);
  const toggle = useCallback(() => {
    if (!useListenSettings.getState().sound) return;
    wake();
    setProblem(null);
    dispatch({ type: 'toggle' });
  }, [wake]);
  const stop = useCallback(() => dispatch({ type: 'off' }), []);
  return { state, script, cue, problem, toggle, stop, wake };
}

/** The words of a cue and what says them: its recording when there is one to play, else the phone's voice for their language (if any). */
function voiceOf(i18n: I18n, story: Story, cue: Cue, recordings: Recordings | null, stored: boolean, voices: readonly SpeechSynthesisVoice[]) {
  const words = wordsOf(i18n, story, cue);
  const found = recordings?.language === words.language ? recordingOf(recordings, story.id, cue, words.text) : undefined;
  // A story received on this phone has its recordings with it; the app's are played once downloaded.
  const recording = found && (stored || found.blob) ? found : undefined;
  return { words, recording, voice: recording ? null : voiceFor(voices, words.language) };
}

/** The text of a cue as the reader sees it, and the language it is in (a string not translated yet is in the source's). */
function wordsOf(i18n: I18n, story: Story, cue: Cue): { text: string; language: string } {
  if (cue.namespace === 'ui') return { text: i18n.t(cue.key), language: i18n.resolvedLanguage ?? i18n.language };
  const namespace = cue.namespace === 'story' ? storyNamespace(story.id) : LESSONS_NAMESPACE;
  const speaker = cue.speakerKey ? namespaceText(i18n, storyNamespace(story.id), cue.speakerKey) : '';
  const text = namespaceText(i18n, namespace, cue.key);
  const language =
    (i18n.languages ?? [i18n.language]).find(
      (code) => typeof (i18n.store.data[code]?.[namespace] as Record<string, unknown> | undefined)?.[cue.key] === 'string',
    ) ?? story.language;
  return { text: speaker ? `${speaker}: ${text}` : text, language };
}

/** The recording of a cue, when there is one made for the text as it reads now. */
function recordingOf(recordings: Recordings, storyId: string, cue: Cue, text: string) {
  const clip = recordings.clips.get(cue.namespace === 'lessons' ? LESSONS_FOLDER : storyId)?.get(cue.key);
  // A speaker's name is said by the phone's voice only: the recording is of the balloon's words.
  return clip && !cue.speakerKey && clip.source === sourceHash(text) ? clip : undefined;
}

/** An option is said with its letter, as the card shows it: "A. Tanya dulu ke Disnaker". */
function withLetter(i18n: I18n, cue: Cue, text: string): string {
  return cue.letter ? `${i18n.t('listen.option', { letter: cue.letter })} ${text}` : text;
}

/** Lights the place of the words being said (CSS: listen.css), and takes the light away when they are done. */
function useLitPlace(stage: string, state: ListenState, target: CueTarget | undefined) {
  const selector = target ? selectorOf(target) : null;
  useEffect(() => {
    if (!selector || (state.status !== 'playing' && state.status !== 'paused')) return;
    const element = document.querySelector(stage)?.querySelector(selector);
    element?.setAttribute('data-listen', 'reading');
    return () => element?.removeAttribute('data-listen');
  }, [stage, selector, state.status]);
}

function selectorOf(target: CueTarget): string {
  switch (target.kind) {
    case 'description':
      return `[data-panel="${target.panelId}"]`;
    case 'balloon':
      return `[data-panel="${target.panelId}"] [data-balloon="${target.balloonId}"]`;
    case 'prompt':
      return '#choices-prompt';
    case 'choice':
      return `[data-choice="${target.choiceId}"]`;
    case 'ending-title':
      return '#ending-title';
    case 'ending-text':
      return '.ending-text';
    case 'lesson':
      return `.ending-lessons-learned [data-lesson="${target.lessonId}"]`;
  }
}
