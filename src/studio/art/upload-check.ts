/**
 * What an uploaded file is, and whether it may become a panel's picture. Pure. A PNG, JPEG or WebP (told by its first
 * bytes, not its name) is drawn again in the browser (encode.ts), so nothing of the file but its pixels is kept. An
 * SVG is kept as it is, so it must pass the very rule story:check and the pack reader apply to art (src/story/art-file):
 * a file with a script, an event handler, a link out, foreign content or a DTD is refused, with the checker's words.
 * A drawing program's own notes are taken out first (svg-tidy.ts, given by the caller: it needs the browser's parser).
 */
import { MAX_PIXELS, pictureDimensions } from '../../story/art-file/dimensions';
import { checkArtFile, describeArtFinding, pictureKind } from '../../story/art-file/index';
import { MAX_UPLOAD_BYTES, PANEL_BUDGET_BYTES } from './picture-size';
import type { Tidied } from './svg-tidy';

export type Upload =
  | { ok: true; kind: 'raster' }
  /** The SVG to keep (without the notes named in `removed`). */
  | { ok: true; kind: 'svg'; bytes: Uint8Array; removed: string[] }
  | { ok: false; refusal: 'too-large'; bytes: number }
  | { ok: false; refusal: 'too-many-pixels'; width: number; height: number }
  | { ok: false; refusal: 'not-a-picture' }
  | { ok: false; refusal: 'unsafe-svg'; reasons: string[] };

/** `fileName` and `type` only say whether the author meant an SVG; the bytes decide everything else. */
export function checkUpload(fileName: string, type: string, bytes: Uint8Array, tidy?: (text: string) => Tidied | null): Upload {
  if (pictureKind(bytes)) {
    if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, refusal: 'too-large', bytes: bytes.length };
    const size = pictureDimensions(bytes);
    // Unknown sizes are left to the browser's decoder, which refuses what it cannot read.
    if (size && size.width * size.height > MAX_PIXELS) return { ok: false, refusal: 'too-many-pixels', ...size };
    return { ok: true, kind: 'raster' };
  }
  if (!fileName.toLowerCase().endsWith('.svg') && type !== 'image/svg+xml') return { ok: false, refusal: 'not-a-picture' };
  // An SVG is kept byte for byte: it must fit the panel's budget as it is.
  if (bytes.length > PANEL_BUDGET_BYTES) return { ok: false, refusal: 'too-large', bytes: bytes.length };
  const findings = checkArtFile('upload.svg', bytes);
  if (findings.length === 0) return { ok: true, kind: 'svg', bytes, removed: [] };
  const tidied = tidy && tidyable(bytes) ? tidy(new TextDecoder().decode(bytes)) : null;
  if (tidied && tidied.removed.length > 0) {
    const kept = new TextEncoder().encode(tidied.text);
    const left = checkArtFile('upload.svg', kept);
    if (left.length === 0) return { ok: true, kind: 'svg', bytes: kept, removed: tidied.removed };
    return { ok: false, refusal: 'unsafe-svg', reasons: left.map(describeArtFinding) };
  }
  return { ok: false, refusal: 'unsafe-svg', reasons: findings.map(describeArtFinding) };
}

/** UTF-8 text without a DTD (only comments and CDATA start with "<!" otherwise): a parser never expands an entity in it. */
function tidyable(bytes: Uint8Array): boolean {
  try {
    return !/<!(?!--|\[CDATA\[)/.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

/**
 * A name for a panel's own picture that no other picture of the draft has: "<panel id>.webp", then "-2", "-3"… A new
 * upload never replaces the file an earlier one made, so undo brings the earlier picture back.
 */
export function pictureName(panelId: string, extension: 'webp' | 'svg', taken: ReadonlySet<string>): string {
  const base = panelId.slice(0, 80);
  for (let number = 1; ; number += 1) {
    const name = number === 1 ? `${base}.${extension}` : `${base}-${number}.${extension}`;
    if (!taken.has(name)) return name;
  }
}
