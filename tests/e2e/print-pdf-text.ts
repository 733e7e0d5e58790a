/** Reading printed PDFs as a person would check them: pdfinfo for pages and sizes, pdftotext for what is where. */
import { execFileSync } from 'node:child_process';

export interface PdfPage {
  width: number;
  height: number;
}

export function pdfPages(file: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
}

/** The text of one page (1-based), or of a rectangle of it in points from the top left. */
export function pageText(file: string, page: number, area?: { x: number; y: number; width: number; height: number }): string {
  const crop = area ? ['-x', String(Math.round(area.x)), '-y', String(Math.round(area.y)), '-W', String(Math.round(area.width)), '-H', String(Math.round(area.height))] : [];
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), ...crop, file, '-'], { encoding: 'utf8' });
}

/** The printed page numbers ("— 12 —") in a text, in order. */
export function pageNumbers(text: string): number[] {
  return [...text.matchAll(/—\s*(\d+)\s*—/g)].map((match) => Number(match[1]));
}

/** Text compared without its line breaks and spaces: a balloon wraps its lines wherever the width ends. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The page's pixels at a low resolution, as [r, g, b] triples (pdftoppm writes plain PPM). */
export function pagePixels(file: string, page: number): Uint8Array {
  const ppm = execFileSync('pdftoppm', ['-r', '20', '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  // Header: "P6\n<w> <h>\n255\n", then the pixels.
  let offset = 0;
  for (let fields = 0; fields < 4; offset++) if (ppm[offset] === 0x0a || ppm[offset] === 0x20) fields++;
  return new Uint8Array(ppm.subarray(offset));
}
