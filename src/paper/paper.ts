/**
 * Paper for printing, in millimetres: Chromium ignores the A6 keyword in @page, so every size is given in mm.
 * Margins keep art and text clear of the edge an office printer cannot reach (usually 4 to 6 mm).
 */
export type PageSize = 'a5' | 'a6' | 'a7';
export type Layout = 'single' | 'booklet-a5' | 'booklet-a6' | 'zine-a7';

export interface Paper {
  width: number;
  height: number;
  margin: number;
}

export const PAGE_PAPER: Record<PageSize, Paper> = {
  a5: { width: 148, height: 210, margin: 10 },
  a6: { width: 105, height: 148, margin: 10 },
  // A zine cell is small: 8 mm still clears the printer's edge on the outer cells and the fold on the inner ones.
  a7: { width: 74, height: 105, margin: 8 },
};

/** The sheet the printer takes: a page of its own, or A4 holding imposed pages (portrait for the 2 × 2 A6 booklet). */
export const A4_LANDSCAPE: Paper = { width: 297, height: 210, margin: 0 };
export const A4_PORTRAIT: Paper = { width: 210, height: 297, margin: 0 };

/** The size of each printed page: booklets are A5 or A6 as named, zines A7, single pages whatever was asked. */
export function pageSizeOf(layout: Layout, size: PageSize): PageSize {
  return layout === 'booklet-a5' ? 'a5' : layout === 'booklet-a6' ? 'a6' : layout === 'zine-a7' ? 'a7' : size;
}

export function sheetPaper(layout: Layout, size: PageSize): Paper {
  return layout === 'single' ? PAGE_PAPER[size] : layout === 'booklet-a6' ? A4_PORTRAIT : A4_LANDSCAPE;
}

/** Layouts whose imposed print ends with a sheet showing how to cut and fold (fold-diagram.tsx). */
export const hasFoldingGuide = (layout: Layout): boolean => layout === 'zine-a7' || layout === 'booklet-a6';

/**
 * The smallest text paper may carry (issue 17, item 9): balloon text 7 pt, speaker names 6 pt. Over the art, balloon
 * text is 2.8 % of the art's width, so it needs art 88 mm wide: a full A5 page, never an A6 or A7 one. A page that
 * cannot hold it over the art prints its balloons under each panel instead (plan.ts textBelow).
 */
export const MIN_BALLOON_PT = 7;
export const MIN_NAME_PT = 6;

/** Lesson cards that fit one printed page with readable text. */
export const LESSONS_PER_PAGE: Record<PageSize, number> = { a5: 3, a6: 3, a7: 2 };

/** Points per millimetre, for PDF page sizes (A5 = 419.53 × 595.28 pt). */
export const PT_PER_MM = 72 / 25.4;
