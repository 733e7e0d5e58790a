/**
 * Silence at both ends of a recording cut away: the narrator presses record, breathes, reads, reaches for the key.
 * Pure, over the samples, so it is tested without a microphone. The level is measured in short windows (RMS); the
 * threshold follows the recording's own loudest window, so a quiet voice on a cheap phone is trimmed as well as a
 * loud one, and a floor keeps the hiss of a silent room from counting as speech.
 */

export interface TrimOptions {
  /** The window the level is measured over. */
  windowMs: number;
  /** Speech is a window at least this fraction of the loudest window's level (0.1 is 20 dB below it). */
  relative: number;
  /** A window below this level is silence, however quiet the whole recording is. */
  floor: number;
  /** Quiet kept before the first word and after the last, so a word's soft start and end are not clipped. */
  keepMs: number;
}

export const TRIM: TrimOptions = { windowMs: 10, relative: 0.1, floor: 0.01, keepMs: 150 };

/** Where the speech is, in samples [start, end); null when the recording is silence only. */
export function speechBounds(samples: Float32Array, sampleRate: number, options: TrimOptions = TRIM): { start: number; end: number } | null {
  const size = Math.max(1, Math.round((sampleRate * options.windowMs) / 1000));
  const levels: number[] = [];
  for (let at = 0; at < samples.length; at += size) {
    const end = Math.min(samples.length, at + size);
    let sum = 0;
    for (let index = at; index < end; index++) sum += samples[index]! * samples[index]!;
    levels.push(Math.sqrt(sum / (end - at)));
  }
  const threshold = Math.max(options.floor, levels.reduce((loudest, level) => Math.max(loudest, level), 0) * options.relative);
  const first = levels.findIndex((level) => level >= threshold);
  if (first < 0 || levels[first]! < options.floor) return null;
  const last = levels.findLastIndex((level) => level >= threshold);
  const keep = Math.round((sampleRate * options.keepMs) / 1000);
  return { start: Math.max(0, first * size - keep), end: Math.min(samples.length, (last + 1) * size + keep) };
}

/** The recording without its silent ends (the same samples, not a copy); empty when it holds no speech. */
export function trimSilence<Buffer extends ArrayBufferLike>(
  samples: Float32Array<Buffer>,
  sampleRate: number,
  options: TrimOptions = TRIM,
): Float32Array<Buffer> {
  const bounds = speechBounds(samples, sampleRate, options);
  return bounds ? samples.subarray(bounds.start, bounds.end) : samples.subarray(0, 0);
}
