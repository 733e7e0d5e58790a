/**
 * How large a pack and its files may be. A real story pack is a few MB (the largest bundled story is 1.5 MB of art);
 * the limits leave room for photos and recorded narration (Opus speech is ~180 KB a minute) while keeping a hostile
 * pack from filling a phone's memory.
 */
import { MAX_ART_BYTES } from '../story/art-file/index';
import { MAX_RECORDING_BYTES } from '../story/narration';
import { MAX_FILE_BYTES } from '../story/parse';

export const MAX_PACK_BYTES = 64 * 1024 * 1024;
/** Everything in a pack once inflated, declared and actual. */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** A story, its translations and a few hundred pictures. */
export const MAX_ENTRIES = 500;
export const MAX_NAME_BYTES = 255;

/** The largest file of each kind: story files as the loader allows them, art as the service worker stores it. */
export const MAX_BYTES = {
  manifest: 256 * 1024,
  story: MAX_FILE_BYTES,
  translation: MAX_FILE_BYTES,
  art: MAX_ART_BYTES,
  note: 100_000,
  narration: 256 * 1024,
  /** As story:check reads them; the narration budget (4 KB a second) keeps real ones far smaller. */
  recording: MAX_RECORDING_BYTES,
} as const;
