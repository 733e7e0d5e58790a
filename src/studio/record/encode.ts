/**
 * A recording as the story format wants it: whatever the browser recorded (WebM/Opus in Chromium, Ogg/Opus in
 * Firefox, MP4/AAC in Safari) is decoded to 48 kHz mono samples, its silent ends are trimmed (trim.ts), and it is
 * encoded again as Opus at speech rate with WebCodecs and written as Ogg by the same code as the synthetic fixtures
 * (story/ogg-opus.ts). Re-encoding rather than remuxing is what makes trimming possible, and costs one small pass of
 * a short clip; no library is needed (a WebM demuxer and an Opus encoder in JavaScript or WebAssembly would be ~300 KB).
 */
import { sourceHash } from '../../story/hash';
import { oggOpus } from '../../story/ogg-opus';
import { oggOpusSeconds } from '../../story/narration';
import { trimSilence } from './trim';

const RATE = 48_000;
/** Mono speech: the rate docs/story-format.md names, well inside story:check's budget. */
export const SPEECH_BITRATE = 24_000;
/** libopus's look-ahead at 48 kHz, when the encoder does not say its own. */
const DEFAULT_PRE_SKIP = 312;

/** Whether this browser can make recordings the format accepts. */
export function canEncode(): boolean {
  return typeof AudioEncoder !== 'undefined' && typeof OfflineAudioContext !== 'undefined' && typeof MediaRecorder !== 'undefined';
}

/** The browser's recording as 48 kHz mono samples (decodeAudioData resamples to the context's rate). */
export async function decodeRecording(recorded: Blob): Promise<Float32Array<ArrayBuffer>> {
  const audio = await new OfflineAudioContext(1, 1, RATE).decodeAudioData(await recorded.arrayBuffer());
  return audio.getChannelData(0);
}

export interface Encoded {
  bytes: Uint8Array<ArrayBuffer>;
  seconds: number;
}

/** The trimmed speech as an Ogg Opus file; null when the recording held no speech (nothing to keep). */
export async function encodeSpeech(samples: Float32Array<ArrayBuffer>, key: string): Promise<Encoded | null> {
  const speech = trimSilence(samples, RATE);
  if (speech.length === 0) return null;
  const packets: Uint8Array[] = [];
  let preSkip = DEFAULT_PRE_SKIP;
  let failure: unknown = null;
  const encoder = new AudioEncoder({
    output: (chunk, metadata) => {
      const head = metadata?.decoderConfig?.description;
      if (head && packets.length === 0) preSkip = preSkipOf(head) ?? preSkip;
      const bytes = new Uint8Array(chunk.byteLength);
      chunk.copyTo(bytes);
      packets.push(bytes);
    },
    error: (error) => (failure = error),
  });
  encoder.configure({ codec: 'opus', sampleRate: RATE, numberOfChannels: 1, bitrate: SPEECH_BITRATE });
  encoder.encode(new AudioData({ format: 'f32-planar', sampleRate: RATE, numberOfFrames: speech.length, numberOfChannels: 1, timestamp: 0, data: speech }));
  await encoder.flush();
  encoder.close();
  if (failure) throw failure;
  const bytes = oggOpus({
    packets,
    frameSamples: 960,
    preSkip,
    samples: speech.length,
    inputRate: RATE,
    serial: Number.parseInt(sourceHash(key), 16),
    vendor: 'Komik Saku Studio (WebCodecs)',
  });
  return { bytes, seconds: oggOpusSeconds(bytes) ?? speech.length / RATE };
}

/** The look-ahead in the encoder's own OpusHead (bytes 10–11), when it gives one. */
function preSkipOf(head: AllowSharedBufferSource): number | null {
  const view = ArrayBuffer.isView(head) ? new DataView(head.buffer, head.byteOffset, head.byteLength) : new DataView(head);
  const magic = view.byteLength >= 12 ? String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset, 8)) : '';
  return magic === 'OpusHead' ? view.getUint16(10, true) : null;
}
