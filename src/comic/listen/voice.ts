/**
 * The two voices listen mode has: a recording (played through Web Audio, so pause keeps the place to the
 * millisecond and no media address is needed besides the app's own) and the phone's speech synthesis, only ever in
 * a voice whose language is the text's.
 */

/** Words ready to be said: `play` starts them, or goes on after `pause`. */
export interface Saying {
  /** Settles when the words have been said (never when they were cancelled). */
  done: Promise<void>;
  play: () => void;
  pause: () => void;
  cancel: () => void;
}

/** Plays a decoded recording; pause and resume hold the context, so it goes on where it was. */
export function playRecording(context: AudioContext, audio: AudioBuffer): Saying {
  const source = context.createBufferSource();
  source.buffer = audio;
  source.connect(context.destination);
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  source.onended = () => finish();
  let started = false;
  return {
    done,
    play: () => {
      void context.resume();
      if (!started) source.start();
      started = true;
    },
    pause: () => void context.suspend(),
    cancel: () => {
      source.onended = null;
      try {
        source.stop();
      } catch {
        // already stopped
      }
      source.disconnect();
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

/**
 * Says a text with the phone's voice. Pausing speech synthesis mid-sentence is unreliable on Android, so a pause
 * stops it and resume says the sentence again from its start.
 */
export function speak(text: string, voice: SpeechSynthesisVoice): Saying {
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
      // "interrupted" and "canceled" are our own pause and cancel; anything else moves on rather than hanging.
      if (current === utterance && event.error !== 'interrupted' && event.error !== 'canceled') finish();
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
