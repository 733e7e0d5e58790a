/** Reading printed PDFs as a person would check them: pdfinfo for pages and sizes, pdftotext for what is where. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface PdfPage {
  width: number;
  height: number;
}

export function pdfPages(file: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
}

/** The PDF's Title, as a PDF reader shows it and a print dialog's file name offers it. */
export function pdfTitle(file: string): string {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return /^Title:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '';
}

/** The text of one page (1-based), or of a rectangle of it in points from the top left. */
export function pageText(file: string, page: number, area?: { x: number; y: number; width: number; height: number }): string {
  const crop = area
    ? ['-x', String(Math.round(area.x)), '-y', String(Math.round(area.y)), '-W', String(Math.round(area.width)), '-H', String(Math.round(area.height))]
    : [];
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), ...crop, file, '-'], { encoding: 'utf8' });
}

/** The printed page numbers ("— 12 —") in a text, in order. */
export function pageNumbers(text: string): number[] {
  return [...text.matchAll(/—\s*(\d+)\s*—/g)].map((match) => Number(match[1]));
}

/** What a page's foot says: its number, or the number of the page it continues ("— 12 (lanjutan) —"). */
export function pageLabel(text: string): { number: number; continued: boolean } | null {
  const match = /—\s*(\d+)\s*(\((?:lanjutan|continued)\))?\s*—/.exec(text);
  return match ? { number: Number(match[1]), continued: match[2] !== undefined } : null;
}

/**
 * Text compared without its line breaks, spaces and hyphens: a balloon wraps its lines wherever the width ends, and
 * pdftotext joins a word broken at its hyphen ("senyum-" + "senyum" gives "senyumsenyum").
 */
export const squeeze = (text: string) => text.replace(/[\s-]+/g, '');

/** The page's pixels at a low resolution, as [r, g, b] triples (pdftoppm writes plain PPM). */
export function pagePixels(file: string, page: number): Uint8Array {
  return pageImage(file, page, 20).pixels;
}

export interface PageImage {
  width: number;
  height: number;
  dpi: number;
  pixels: Uint8Array;
}

export function pageImage(file: string, page: number, dpi: number): PageImage {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  // Header: "P6\n<w> <h>\n255\n", then the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), dpi, pixels: new Uint8Array(ppm.subarray(header[0].length)) };
}

/** Pixels with ink (darker than a light gray) in a rectangle given in mm from the top left. */
export function inkIn(image: PageImage, area: { x: number; y: number; width: number; height: number }): number {
  const px = (mm: number) => Math.round((mm * image.dpi) / 25.4);
  let ink = 0;
  for (let y = Math.max(0, px(area.y)); y < Math.min(image.height, px(area.y + area.height)); y++) {
    for (let x = Math.max(0, px(area.x)); x < Math.min(image.width, px(area.x + area.width)); x++) {
      const at = 3 * (y * image.width + x);
      if (Math.min(image.pixels[at]!, image.pixels[at + 1]!, image.pixels[at + 2]!) < 230) ink++;
    }
  }
  return ink;
}

/** How near the sheet's edge the nearest ink lies, in points (1/72 inch), over all four edges. */
export function inkDistanceFromEdge(image: PageImage): number {
  let nearest = Infinity;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const at = 3 * (y * image.width + x);
      if (Math.min(image.pixels[at]!, image.pixels[at + 1]!, image.pixels[at + 2]!) >= 230) continue;
      nearest = Math.min(nearest, x, y, image.width - 1 - x, image.height - 1 - y);
    }
  }
  return (nearest * 72) / image.dpi;
}

export interface PrintedWord {
  text: string;
  /** The font size in points, from the word's box: poppler makes it the font's ascent less its descent, in em. */
  size: number;
}

/**
 * Every word of the PDF with its font size. The box's height is the size times the font's ascent less its descent
 * (its FontDescriptor, in thousandths of an em); the tallest such font in the file is taken for all, so a size is
 * never overstated.
 */
export async function printedWords(file: string): Promise<PrintedWord[]> {
  const { PDFDict, PDFDocument, PDFName, PDFNumber } = await import('pdf-lib');
  const document = await PDFDocument.load(readFileSync(file));
  let em = 0;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const [ascent, descent] = ['Ascent', 'Descent'].map((key) => object.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber() ?? 0);
    em = Math.max(em, (ascent! - descent!) / 1000);
  }
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    text: match[3]!
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&apos;/g, "'"),
    size: (Number(match[2]) - Number(match[1])) / em,
  }));
}
