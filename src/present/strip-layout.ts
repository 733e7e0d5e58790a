/**
 * A page projected "page by page": its panels in reading order, in one to three rows, each row at one height, as
 * large as a 16:9 stage allows. The authored page is portrait and would fill only 40% of the wall; laid out again
 * in rows the same panels are about twice as wide, so their balloon text can grow towards the wall size (28 px at
 * 720p) as far as the balloons allow (use-page-text-fit.ts). Maximising the smallest panel served better than
 * maximising the smallest text at the author's proportion: measured over every page of the four stories after
 * fitting, it gave the larger smallest text (16.0 px against 14.8 px at 1280x720).
 */

export interface StripLayout {
  /** Panel indexes, in reading order, row by row. */
  rows: number[][];
  /** Each row's height as a fraction of the box height. */
  heights: number[];
}

/**
 * Picks the number of rows that gives the smallest panel the most width. `aspects` are the panels' width/height,
 * `boxAspect` the box's, `gap` the space between rows and panels as a fraction of the box height.
 */
export function stripLayout(aspects: readonly number[], boxAspect: number, gap = 0.02): StripLayout {
  let best: (StripLayout & { score: number }) | null = null;
  for (let count = 1; count <= Math.min(3, aspects.length); count++) {
    const rows = splitRows(aspects.length, count);
    // Each row as tall as its width allows, then all scaled down together if the rows overflow the height.
    const natural = rows.map((row) => (boxAspect - gap * (row.length - 1)) / row.reduce((sum, index) => sum + aspects[index]!, 0));
    const total = natural.reduce((sum, height) => sum + height, 0) + gap * (rows.length - 1);
    const scale = Math.min(1, (1 - gap * (rows.length - 1)) / (total - gap * (rows.length - 1)));
    const heights = natural.map((height) => height * scale);
    const score = Math.min(...rows.flatMap((row, at) => row.map((index) => aspects[index]! * heights[at]!)));
    if (!best || score > best.score + 1e-9) best = { rows, heights, score };
  }
  return best ? { rows: best.rows, heights: best.heights } : { rows: [], heights: [] };
}

/** `count` rows of panels in reading order, the earlier rows taking the extra panel. */
function splitRows(panels: number, count: number): number[][] {
  const rows: number[][] = [];
  let next = 0;
  for (let row = 0; row < count; row++) {
    const size = Math.ceil((panels - next) / (count - row));
    rows.push(Array.from({ length: size }, (_, offset) => next + offset));
    next += size;
  }
  return rows;
}
