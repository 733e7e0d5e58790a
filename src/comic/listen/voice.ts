/**
 * The two voices listen mode has: a recording (played by an audio element from its stored bytes, so pause keeps the
 * place and no media address is needed besides the app's own) and the phone's speech synthesis, only ever in a voice
 * whose language is the text's.
 */

/**
 * Called when the phone will not make the sound now (no tap on the page yet, speech switched off, the audio taken):
 * listen mode pauses there and says so, rather than racing on through the story in silence.
 */
export type OnRefused = () => void;

/** Words ready to be said: `play` starts them, or goes on after `pause`. */
export interface Saying {
  /** Settles when the words have been said (never when they were cancelled). */
  done: Promise<void>;
  play: () => void;
  pause: () => void;
  cancel: () => void;
}

/**
 * Plays a recording through the page's one audio element, which the phone treats as media: Chromium gives it the
 * media notification and lock-screen card (Web Audio gets none) and plays it on with the screen off. Pause and resume
 * keep the place.
 */
export function playClip(element: HTMLAudioElement, bytes: ArrayBuffer, onRefused: OnRefused): Saying {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'audio/ogg' }));
  element.src = url;
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  element.onended = () => finish();
  return {
    done,
    // A refused play (no tap yet) leaves it paused: the play control starts it again. A pause before it began rejects
    // it too (AbortError): that is ours.
    play: () => void element.play().catch((error: unknown) => (error instanceof DOMException && error.name === 'NotAllowedError' ? onRefused() : undefined)),
    pause: () => element.pause(),
    cancel: () => {
      element.onended = null;
      element.pause();
      URL.revokeObjectURL(url);
    },
  };
}

/**
 * A pause of `ms` that ends on the audio clock when the audio runs: a page with the screen off, or behind another app,
 * has its timers slowed (Chromium: once a second, then once a minute), but its audio and the audio's 'ended' events
 * go on. Without running audio (none made yet, or suspended) it is a plain timer.
 */
export function pauseOf(context: AudioContext | null, ms: number): { done: Promise<void>; cancel: () => void } {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  if (context?.state !== 'running') {
    const timer = window.setTimeout(finish, ms);
    return { done, cancel: () => window.clearTimeout(timer) };
  }
  // A buffer of silence played to its end: nothing is heard, and its end comes when the audio clock says so.
  const source = context.createBufferSource();
  source.buffer = context.createBuffer(1, Math.ceil((ms / 1000) * context.sampleRate), context.sampleRate);
  source.connect(context.destination);
  source.onended = () => finish();
  source.start();
  return {
    done,
    cancel: () => {
      source.onended = null;
      source.stop();
      source.disconnect();
    },
  };
}

/** Speech errors that say the phone will not speak now, whatever the text (the others are this text's own). */
const SPEECH_REFUSED: ReadonlySet<string> = new Set(['not-allowed', 'audio-busy', 'audio-hardware', 'synthesis-unavailable']);

/**
 * Says a text with the phone's voice. Pausing speech synthesis mid-sentence is unreliable on Android, so a pause
 * stops it and resume says the sentence again from its start.
 */
export function speak(text: string, voice: SpeechSynthesisVoice, onRefused: OnRefused): Saying {
  const synth = window.speechSynthesis;
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  let current: SpeechSynthesisUtterance | null = null;
  const start = () => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9; // a little slower, for readers who listen to learn
    utterance.onend = () => {
      if (current === utterance) finish();
    };
    utterance.onerror = (event) => {
      // "interrupted" and "canceled" are our own pause and cancel. The phone refusing to speak at all would refuse every
      // next line too: that pauses. A line it cannot say moves on rather than hanging.
      if (current !== utterance || event.error === 'interrupted' || event.error === 'canceled') return;
      if (SPEECH_REFUSED.has(event.error)) onRefused();
      else finish();
    };
    current = utterance;
    synth.speak(utterance);
  };
  return {
    done,
    play: start,
    pause: () => {
      current = null;
      synth.cancel();
    },
    cancel: () => {
      current = null;
      synth.cancel();
    },
  };
}

/** "id-ID", "in_ID" (old Android) and "id" are all Indonesian: the base language, in lower case. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!.replace(/^in$/, 'id');
}

/** The phone's voice for a language, a local one first (it works offline); null when it has none. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | null {
  const matching = voices.filter((voice) => baseLanguage(voice.lang) === baseLanguage(language));
  return matching.find((voice) => voice.localService) ?? matching[0] ?? null;
}
