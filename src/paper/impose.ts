/**
 * Where each page goes on paper. Positions are 1-based page positions in the printed sequence (cover first);
 * null is an empty slot. Both the in-app print (CSS) and the command line (pdf-lib) place pages from this.
 */
import type { Layout } from './paper';

export interface Slot {
  page: number | null;
  /** Printed upside down (the zine's top row), so it reads upright once folded. */
  rotated: boolean;
}

/** One side of one sheet; slots row by row, left to right as the sheet lies in front of you. */
export interface SheetSide {
  sheet: number;
  side: 'front' | 'back';
  columns: number;
  slots: Slot[];
}

/** Pages a layout gathers into one unit: a booklet sheet folds 4, a zine sheet 8. */
export function pagesPerUnit(layout: Layout): number {
  return layout === 'booklet-a5' ? 4 : layout === 'zine-a7' ? 8 : 1;
}

/** The page count rounded up to whole sheets. */
export function paddedCount(pageCount: number, layout: Layout): number {
  const unit = pagesPerUnit(layout);
  return Math.ceil(pageCount / unit) * unit;
}

/**
 * - single: one page per sheet.
 * - booklet-a5 (saddle stitch): two A5 pages side by side on A4 landscape, sheets nested and folded together.
 *   For n pages (a multiple of 4), sheet i (from 0) has on the front [n−2i, 1+2i] and on the back [2+2i, n−1−2i]:
 *   8 pages → sheet 1 front [8, 1], back [2, 7]; sheet 2 front [6, 3], back [4, 5]. Print double-sided and flip on
 *   the short edge, stack the sheets in order, fold in the middle, staple on the fold.
 * - zine-a7: the one-sheet zine, 4 × 2 cells on one side of A4 landscape, every 8 pages a sheet:
 *   top row (upside down) 5 4 3 2, bottom row 6 7 8 1. Folded (fold-diagram.tsx) the top row turns upright behind
 *   the bottom row, and the cut between the middle cells opens into a booklet: 1 is the front cover, 8 the back.
 */
export function impose(pageCount: number, layout: Layout): SheetSide[] {
  const count = paddedCount(pageCount, layout);
  const at = (page: number, rotated = false): Slot => ({ page: page <= pageCount ? page : null, rotated });
  const sides: SheetSide[] = [];
  if (layout === 'single') {
    for (let page = 1; page <= count; page++) sides.push({ sheet: page, side: 'front', columns: 1, slots: [at(page)] });
  } else if (layout === 'booklet-a5') {
    for (let i = 0; i < count / 4; i++) {
      sides.push({ sheet: i + 1, side: 'front', columns: 2, slots: [at(count - 2 * i), at(1 + 2 * i)] });
      sides.push({ sheet: i + 1, side: 'back', columns: 2, slots: [at(2 + 2 * i), at(count - 1 - 2 * i)] });
    }
  } else {
    for (let i = 0; i < count / 8; i++) {
      const o = 8 * i;
      const top = [5, 4, 3, 2].map((page) => at(o + page, true));
      const bottom = [6, 7, 8, 1].map((page) => at(o + page));
      sides.push({ sheet: i + 1, side: 'front', columns: 4, slots: [...top, ...bottom] });
    }
  }
  return sides;
}
