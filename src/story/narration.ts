/**
 * Recorded narration (issue 19): which strings a narration file covers, the size budget for its recordings, and how
 * long an Ogg Opus recording plays (read from the file itself, so a manifest cannot claim a wrong length).
 * Pure: the checker (story:check) and the reader's listen mode both use it.
 */

import * as v from 'valibot';
import { parseFile, type Parsed } from './parse';
import { LanguageSchema, OptionalNoteSchema, SchemaLinkSchema, STORY_SCHEMA_VERSION } from './schema';

/**
 * The narration file, stories/<id>/narration/<language>.json: part of the format's one definition (tools/schema-write.ts
 * publishes it with the others), in a file of its own so the reader's first download does not carry it.
 * Recorded narration is Opus in an Ogg file: mono speech at 24 kbit/s (docs/story-format.md, Narration).
 */
export const NARRATION_EXTENSIONS = ['ogg', 'opus'] as const;

export const NarrationSchema = v.strictObject({
  $schema: SchemaLinkSchema,
  schemaVersion: v.literal(STORY_SCHEMA_VERSION, `schemaVersion must be ${STORY_SCHEMA_VERSION}`),
  language: LanguageSchema,
  voice: v.optional(v.pipe(OptionalNoteSchema, v.description('Who or what speaks, for the credits: "Dewi (volunteer)", "synthetic: espeak-ng".'))),
  clips: v.record(
    v.pipe(v.string(), v.maxLength(300, 'a string key is at most 300 characters')),
    v.strictObject({
      file: v.pipe(
        v.string(),
        v.regex(new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]*\\.(${NARRATION_EXTENSIONS.join('|')})$`), 'a recording is a plain file name ending in .ogg or .opus'),
        v.maxLength(120, 'a recording file name is at most 120 characters'),
        v.description('An Opus recording in narration/<language>/ beside this file.'),
      ),
      source: v.pipe(
        v.string(),
        v.regex(/^[0-9a-f]{8}$/, 'source is the 8-character hash of the text that was read'),
        v.description('sourceHash() of the text as it was when recorded (in this language), to find stale recordings.'),
      ),
      bytes: v.pipe(v.number(), v.integer(), v.minValue(1), v.description('The file size: readers see the download size before fetching.')),
      seconds: v.pipe(v.number(), v.gtValue(0), v.maxValue(600), v.description('How long the recording plays.')),
    }),
  ),
});

export type Narration = v.InferOutput<typeof NarrationSchema>;
export type NarrationClip = Narration['clips'][string];

export function loadNarration(text: string, file: string): Parsed<Narration> {
  return parseFile(NarrationSchema, text, file);
}

/**
 * Opus mono speech at 24 kbit/s is 3,000 bytes a second; Ogg pages add about 2%. 4,000 bytes a second (32 kbit/s)
 * leaves room for a richer voice: a recording above it is too large for a reader's data plan. Plus 2 KB for the
 * headers of a very short clip.
 */
export const NARRATION_BYTES_PER_SECOND = 4000;
export const NARRATION_HEADER_BYTES = 2048;

/** A recording larger than this is not read at all (the budget reports far smaller ones): 2 MiB is over 8 minutes. */
export const MAX_RECORDING_BYTES = 2 * 1024 * 1024;

export function narrationBudget(seconds: number): number {
  return Math.ceil(seconds * NARRATION_BYTES_PER_SECOND) + NARRATION_HEADER_BYTES;
}

/**
 * What a string is to narration: `read` (a narration file in that language should record it: balloons, the question
 * at a choice, the options, an ending, a lesson's message), `optional` (listen mode reads it when asked, with the
 * phone's voice when there is no recording: panel descriptions, why a choice is unavailable) or `none` (not read aloud:
 * titles in the library, facilitator notes).
 */
export type NarrationRole = 'read' | 'optional' | 'none';

export function narrationRole(key: string): NarrationRole {
  if (/^panel\.[^.]+\.balloon\.[^.]+$/.test(key)) return 'read';
  if (/^scene\.[^.]+\.prompt$/.test(key) || /^choice\.[^.]+\.text$/.test(key)) return 'read';
  if (/^ending\.[^.]+\.(title|text)$/.test(key) || /^lesson\.[^.]+\.message$/.test(key)) return 'read';
  if (/^panel\.[^.]+\.description$/.test(key) || /^choice\.[^.]+\.unavailable$/.test(key)) return 'optional';
  return 'none';
}

/** Opus always counts time in 48 kHz samples, whatever rate was recorded. */
const OPUS_RATE = 48_000;

/**
 * How long an Ogg Opus file plays, in seconds: the last page's granule position less the pre-skip in its OpusHead
 * (RFC 7845). Null when the bytes are not Ogg Opus.
 */
export function oggOpusSeconds(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPage = (at: number) => at + 27 <= bytes.length && bytes[at] === 0x4f && bytes[at + 1] === 0x67 && bytes[at + 2] === 0x67 && bytes[at + 3] === 0x53;
  if (!isPage(0)) return null;
  const head = 27 + bytes[26]!;
  const magic = String.fromCharCode(...bytes.subarray(head, head + 8));
  if (magic !== 'OpusHead' || head + 12 > bytes.length) return null;
  const preSkip = view.getUint16(head + 10, true);
  let granule = -1;
  // Walk the pages from the start: their lengths are in their headers, so no byte is read twice.
  for (let at = 0; isPage(at);) {
    const segments = bytes[at + 26]!;
    if (at + 27 + segments > bytes.length) break;
    const low = view.getUint32(at + 6, true);
    const high = view.getUint32(at + 10, true);
    if (!(low === 0xffffffff && high === 0xffffffff)) granule = high * 2 ** 32 + low;
    let size = 0;
    for (let index = 0; index < segments; index++) size += bytes[at + 27 + index]!;
    at += 27 + segments + size;
  }
  return granule < 0 ? null : Math.max(0, granule - preSkip) / OPUS_RATE;
}
