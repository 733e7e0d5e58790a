/**
 * A QR code as one SVG path: each dark module a unit square, so it stays sharp at any size (a projector's wall, a
 * phone's screen). The code itself comes from uqr (unjs/uqr: small, dependency-free, ESM, maintained), loaded only
 * with the QR screen.
 */
import { encode } from 'uqr';

/** The modules, true for dark, with a quiet zone of four modules around (the QR standard's). */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 4 }).data;
}

export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const squares: string[] = [];
  modules.forEach((row, y) => row.forEach((dark, x) => dark && squares.push(`M${x} ${y}h1v1h-1z`)));
  return squares.join('');
}
