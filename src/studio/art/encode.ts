/**
 * A raster upload drawn again in the browser: decoded, framed at the panel's size and encoded as WebP, stepping the
 * quality down until it fits the panel's budget. Only the pixels survive (no metadata, no location, nothing hidden
 * in the file). The browser's shell around framing.ts and picture-size.ts.
 */
import { placement, type Framing } from './framing';
import type { Size } from '../../story/art-file/dimensions';
import { PANEL_BUDGET_BYTES } from './picture-size';

const QUALITIES = [0.82, 0.72, 0.62, 0.52, 0.42];
/** The bands beside a picture shown whole: the page's paper. */
const PAPER = '#ffffff';

export type Encoded = { ok: true; blob: Blob } | { ok: false; refusal: 'over-budget'; bytes: number } | { ok: false; refusal: 'no-webp' };

/** The picture's pixels, or null when the browser cannot read it as a picture (a broken or disguised file). */
export async function decodePicture(file: Blob): Promise<ImageBitmap | null> {
  try {
    return await createImageBitmap(file);
  } catch {
    return null;
  }
}

/** Draws the framed picture over the whole of a canvas of `size`: the framing preview and the encoder share it. */
export function drawFramed(context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D, picture: ImageBitmap, size: Size, framing: Framing) {
  const { sx, sy, sw, sh, dx, dy, dw, dh } = placement(picture, size, framing);
  context.fillStyle = PAPER;
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(picture, sx, sy, sw, sh, dx, dy, dw, dh);
}

export async function encodePanel(picture: ImageBitmap, panel: Size, framing: Framing): Promise<Encoded> {
  const canvas = new OffscreenCanvas(panel.width, panel.height);
  drawFramed(canvas.getContext('2d')!, picture, panel, framing);
  let smallest = Infinity;
  for (const quality of QUALITIES) {
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
    // A browser that cannot write WebP gives a PNG instead: too large for a phone's story, so refused.
    if (blob.type !== 'image/webp') return { ok: false, refusal: 'no-webp' };
    if (blob.size <= PANEL_BUDGET_BYTES) return { ok: true, blob };
    smallest = Math.min(smallest, blob.size);
  }
  return { ok: false, refusal: 'over-budget', bytes: smallest };
}
