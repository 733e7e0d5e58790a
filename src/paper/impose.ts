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

/** Pages a layout gathers into one unit: a booklet sheet folds 4 (the A6 sheet 4 per copy), a zine sheet 8. */
export function pagesPerUnit(layout: Layout): number {
  return layout === 'booklet-a5' || layout === 'booklet-a6' ? 4 : layout === 'zine-a7' ? 8 : 1;
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
 * - booklet-a6 (pocket booklet, two copies): A4 portrait, 2 × 2 A6 pages a side, each half of the sheet the same
 *   A5 booklet sheet shrunk to A6, so one cut across the middle of the printed stack gives two whole booklets: nothing
 *   to collate or nest after cutting, every copy complete. Sheet i front, both rows [n−2i, 1+2i]; back, both rows
 *   [2+2i, n−1−2i]. 8 pages → sheet 1 front [8, 1 / 8, 1], back [2, 7 / 2, 7]; sheet 2 front [6, 3 / 6, 3], back
 *   [4, 5 / 4, 5]. 16 pages → sheets [16, 1] [2, 15], [14, 3] [4, 13], [12, 5] [6, 11], [10, 7] [8, 9], each row
 *   twice. Print double-sided and flip on the long edge (the sheet turns about its vertical middle, as the A5
 *   booklet's landscape sheet does on its short edge: the back's left page lies behind the front's right), keep the
 *   sheets in order, cut the stack across the middle, fold each half in the middle and staple it on the fold.
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
  } else if (layout === 'booklet-a6') {
    for (let i = 0; i < count / 4; i++) {
      const twice = (left: number, right: number) => [at(left), at(right), at(left), at(right)];
      sides.push({ sheet: i + 1, side: 'front', columns: 2, slots: twice(count - 2 * i, 1 + 2 * i) });
      sides.push({ sheet: i + 1, side: 'back', columns: 2, slots: twice(2 + 2 * i, count - 1 - 2 * i) });
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
