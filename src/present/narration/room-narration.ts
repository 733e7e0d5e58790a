/**
 * The story's narration on the projector's audio. The session says whether the facilitator wants it (L or "Bacakan"
 * in either window: session.ts); the room window alone makes the sound, reads each beat the facilitator turns to, and
 * never turns a page itself. Before the first words it knows what will say them: the recordings, when the story has
 * them in the room's language, are looked up and stored first (they play offline afterwards); without them the
 * computer's own voice reads, as in the reader's listen mode. A window the browser keeps silent (room-sound.ts) waits
 * for a gesture on the wall, then reads from where the show is. What happens is told to the presenter window.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonsTaught } from '../../comic/listen/recordings';
import { beatKey } from '../../comic/listen/script';
import { useListen } from '../../comic/listen/use-listen';
import { readingLanguage, useDeviceVoices, useRecordings } from '../../comic/listen/use-sources';
import { useListenWords } from '../../comic/listen/words';
import type { Beat } from '../../engine';
import type { Story } from '../../story/schema';
import { useListenSettings } from '../../store/listen';
import type { NarrationReport, NarrationStatus } from './narration-report';
import { soundAllowed, useFirstGesture } from './room-sound';
import { useTellNarration } from './use-narration-report';

/** Whether this window may make sound: not asked yet, or the browser's answer (a gesture on the wall turns 'refused' round). */
type Leave = 'unknown' | 'allowed' | 'refused';

export function useRoomNarration(story: Story, beatNow: Beat, wanted: boolean) {
  // The session gives a new beat object each render: the one held changes only when the wall shows another beat, so
  // the words being said are not started again.
  const [beat, setBeat] = useState(beatNow);
  if (beatKey(beat) !== beatKey(beatNow)) setBeat(beatNow);
  useListenWords();
  const { i18n } = useTranslation();
  // Only the lessons this story teaches, as in the reader's listen mode: the room downloads no message it never reads.
  const taught = useMemo(() => lessonsTaught(story), [story]);
  const { found, download, start } = useRecordings(story.id, readingLanguage(i18n, story), taught);
  const voices = useDeviceVoices();
  const sound = useListenSettings((settings) => settings.sound);
  const listen = useListen({
    story,
    beat,
    i18n,
    recordings: found?.recordings ?? null,
    stored: found?.stored ?? false,
    voices,
    onNext: noTurn,
    stage: '.present-stage',
    autoAdvance: false,
  });
  const { toggle, stop, wake } = listen;
  const [leave, setLeave] = useState<Leave>('unknown');
  const reading = listen.state.status !== 'off';
  // Recordings not on this computer yet are downloaded once; if that fails the computer's voice reads instead.
  const toDownload = found !== null && found.recordings.bytes > 0 && !found.stored && download.state !== 'failed';

  // Asked again when the narration is turned on after a refusal: a click on the wall since (its toolbar, say) lets it sound.
  useEffect(() => {
    if (!wanted || leave === 'allowed') return;
    let gone = false;
    void soundAllowed().then((allowed) => gone || setLeave(allowed ? 'allowed' : 'refused'));
    return () => void (gone = true);
  }, [wanted, leave]);

  // Refused later, mid-reading (the computer's speech said "not-allowed"): paused there, the wall waits for a gesture again.
  const refusedReading = listen.problem?.kind === 'refused' && listen.state.status === 'paused';
  const silenced = leave === 'refused' || refusedReading;

  useFirstGesture(wanted && silenced, () => {
    wake(); // inside the gesture, as the browser asks
    setLeave('allowed');
    if (refusedReading) toggle(); // the same words again, from their start
  });

  useEffect(() => {
    if (wanted && toDownload && download.state === 'idle') void start();
  }, [wanted, toDownload, download.state, start]);

  // The first words start once, when everything they need is known: pressing L in the first moments, before the
  // recordings were looked up, used to start them with one voice and again with the other (issue 19).
  const ready = found !== null && !toDownload && leave === 'allowed' && sound;
  useEffect(() => {
    if (wanted && ready && !reading) toggle();
    else if (!wanted && reading) stop();
  }, [wanted, ready, reading, toggle, stop]);

  const status = statusOf(wanted, sound, silenced, listen);
  const said = status === 'reading' ? listen.cue : undefined;
  const saidKey = said?.key;
  const saidNamespace = said?.namespace;
  const downloadFailed = wanted && download.state === 'failed';
  const report = useMemo<NarrationReport>(
    () => ({ status, words: saidKey && saidNamespace ? { key: saidKey, namespace: saidNamespace } : null, downloadFailed }),
    [status, saidKey, saidNamespace, downloadFailed],
  );
  useTellNarration(story.id, report);
  // A key or click on the wall is a gesture already: `wake` starts the audio inside it, before the session says "on".
  return { report, wake };
}

/** What the room's audio does, told to the presenter window. */
function statusOf(wanted: boolean, sound: boolean, silenced: boolean, listen: ReturnType<typeof useListen>): NarrationStatus {
  if (!wanted) return 'off';
  if (!sound) return 'muted';
  if (silenced) return 'refused';
  if (listen.problem?.kind === 'no-voice') return 'no-voice';
  if (listen.state.status === 'done') return 'done';
  return listen.state.status === 'playing' && listen.cue ? 'reading' : 'preparing';
}

function noTurn(): void {}
