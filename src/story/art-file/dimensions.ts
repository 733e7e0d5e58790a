/**
 * A picture's width and height read from its header, before the browser decodes it: a small file can declare a
 * picture of a billion pixels, which would take gigabytes to decode and crash a phone. Pure; PNG, JPEG and WebP. The
 * Studio reads an upload's; the art rule (svg.ts) a picture embedded in an SVG.
 */
export interface Size {
  width: number;
  height: number;
}

/** A 48-megapixel phone camera makes 8000 x 6000; more than this is refused before it is decoded (uploads, and pictures embedded in an SVG). */
export const MAX_PIXELS = 50_000_000;

export function pictureDimensions(bytes: Uint8Array): Size | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number, length: number) => offset + length <= bytes.length;
  // PNG: the IHDR chunk comes first.
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && at(16, 8)) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegDimensions(bytes, view);
  if (text(bytes, 0, 4) === 'RIFF' && text(bytes, 8, 4) === 'WEBP') return webpDimensions(bytes, view);
  return null;
}

/** JPEG: the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the size. */
function jpegDimensions(bytes: Uint8Array, view: DataView): Size | null {
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) offset += 2;
    else offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

/** WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) keep the size in their first chunk's header. */
function webpDimensions(bytes: Uint8Array, view: DataView): Size | null {
  const chunk = text(bytes, 12, 4);
  if (chunk === 'VP8X' && bytes.length >= 30) return { width: 1 + uint24(view, 24), height: 1 + uint24(view, 27) };
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const bits = view.getUint32(21, true);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ' && bytes.length >= 30) return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  return null;
}

const uint24 = (view: DataView, offset: number) => view.getUint8(offset) | (view.getUint8(offset + 1) << 8) | (view.getUint8(offset + 2) << 16);
const text = (bytes: Uint8Array, offset: number, length: number) => String.fromCharCode(...bytes.subarray(offset, offset + length));
