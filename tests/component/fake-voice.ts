/**
 * A phone's voice and audio for jsdom, which has neither: speechSynthesis says nothing but keeps what it was asked to
 * say (and ends each utterance only when a test says so), and AudioContext is a silent stand-in.
 */
import { vi } from 'vitest';

export interface FakeVoice {
  said: string[];
  cancel: ReturnType<typeof vi.fn>;
  /** Ends the utterance being said, as the voice would when done. */
  finish: () => void;
  /** Fails the utterance being said, as the voice does with a SpeechSynthesisErrorEvent ('not-allowed', …). */
  fail: (error: string) => void;
}

export function installFakeVoice(lang = 'id-ID'): FakeVoice {
  let current: { text: string; onend: (() => void) | null; onerror: ((event: { error: string }) => void) | null } | null = null;
  const fake: FakeVoice = {
    said: [],
    cancel: vi.fn(() => void (current = null)),
    finish: () => {
      const ending = current;
      current = null;
      ending?.onend?.();
    },
    fail: (error) => {
      const failing = current;
      current = null;
      failing?.onerror?.({ error });
    },
  };
  class Utterance {
    voice: unknown = null;
    lang = '';
    rate = 1;
    onend: (() => void) | null = null;
    onerror: ((event: { error: string }) => void) | null = null;
    constructor(public text: string) {}
  }
  const synth = {
    getVoices: () => [{ lang, name: 'Test', localService: true, default: true, voiceURI: 'test' }],
    speak: (utterance: Utterance) => {
      current = utterance;
      fake.said.push(utterance.text);
    },
    cancel: fake.cancel,
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  class Audio {
    resume = () => Promise.resolve();
    suspend = () => Promise.resolve();
    close = () => Promise.resolve();
  }
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('AudioContext', Audio);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  return fake;
}

export function removeFakeVoice(): void {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(window, 'speechSynthesis');
}
