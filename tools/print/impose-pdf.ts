/**
 * Imposes the printed pages (one per PDF page, from Chromium) onto A4 sheets with pdf-lib, in the order impose()
 * gives, the same order the in-app print uses. Pages are embedded as vector forms, so art and text stay crisp.
 * Fold and cut marks are drawn near the sheet's edge, outside every page's text and art, but no nearer the edge than
 * 5 mm: most office printers and photocopiers cannot print there, and a mark they drop is a fold nobody finds.
 */
import { degrees, PDFDocument, rgb, type Color, type PDFPage } from 'pdf-lib';
import { sidesOfRun, type PrintRun } from '../../src/paper/duplex';
import { impose } from '../../src/paper/impose';
import { PAGE_PAPER, pageSizeOf, PT_PER_MM, sheetPaper, type Layout } from '../../src/paper/paper';

/** The band every office printer reaches (from 5 mm in) and the tick's length within it. */
export const PRINTABLE_EDGE = 5 * PT_PER_MM;
const MARK = 4 * PT_PER_MM;
const GRAY = rgb(0.55, 0.55, 0.55);
// The cuts (the zine's middle, the A6 booklet's stack) in red, or in black on a grayscale print (a photocopy turns red
// into a gray like the folds').
const CUT = { colour: rgb(0.7, 0.15, 0.12), gray: rgb(0.1, 0.1, 0.1) };

/** The pages of `single` are imposed; the last page of `guide` (the folding guide) follows them as it is. */
export async function imposePdf(
  single: Uint8Array,
  layout: Exclude<Layout, 'single'>,
  pageCount: number,
  options: { guide?: Uint8Array | undefined; gray: boolean; run: PrintRun },
): Promise<Uint8Array> {
  const { guide, gray, run } = options;
  const source = await PDFDocument.load(single);
  const out = await PDFDocument.create();
  out.setTitle(source.getTitle() ?? 'Komik Saku');
  out.setCreator('Komik Saku (npm run print)');
  const pages = await out.embedPages(source.getPages().slice(0, pageCount));
  const cell = PAGE_PAPER[pageSizeOf(layout, 'a5')];
  const paper = sheetPaper(layout, 'a5');
  const [width, height] = [paper.width * PT_PER_MM, paper.height * PT_PER_MM];
  const [cellWidth, cellHeight] = [cell.width * PT_PER_MM, cell.height * PT_PER_MM];
  for (const side of sidesOfRun(impose(pageCount, layout), run)) {
    const sheet = out.addPage([width, height]);
    const rows = side.slots.length / side.columns;
    // The cells are centred on the sheet (two A5 pages fill A4 exactly; four A7 or A6 leave 1 mm aside).
    const left = (width - side.columns * cellWidth) / 2;
    const bottom = (height - rows * cellHeight) / 2;
    side.slots.forEach((slot, index) => {
      if (slot.page === null) return;
      const x = left + (index % side.columns) * cellWidth;
      const y = bottom + (rows - 1 - Math.floor(index / side.columns)) * cellHeight;
      // Turned about its centre: drawn from the opposite corner.
      if (slot.rotated)
        sheet.drawPage(pages[slot.page - 1]!, { x: x + cellWidth, y: y + cellHeight, width: cellWidth, height: cellHeight, rotate: degrees(180) });
      else sheet.drawPage(pages[slot.page - 1]!, { x, y, width: cellWidth, height: cellHeight });
    });
    drawMarks(sheet, { left, bottom, columns: side.columns, rows, cellWidth, cellHeight }, layout, gray ? CUT.gray : CUT.colour);
  }
  if (guide) {
    const extra = await PDFDocument.load(guide);
    const [page] = await out.copyPages(extra, [extra.getPageCount() - 1]);
    out.addPage(page);
  }
  return out.save();
}

interface Grid {
  left: number;
  bottom: number;
  columns: number;
  rows: number;
  cellWidth: number;
  cellHeight: number;
}

/**
 * Short ticks 5 to 9 mm in from the sheet's edges: dashed at every fold; for the zine, a line where the middle cut
 * runs; for the A6 booklet, the row's ticks are its one cut, solid in the cut's colour (a line across would run
 * through the pages' margins, so only the ticks show where the guillotine goes).
 */
function drawMarks(sheet: PDFPage, { left, bottom, columns, rows, cellWidth, cellHeight }: Grid, layout: Layout, cut: Color): void {
  const { width, height } = sheet.getSize();
  const [from, to] = [PRINTABLE_EDGE, PRINTABLE_EDGE + MARK];
  for (let column = 1; column < columns; column++) {
    const x = left + column * cellWidth;
    sheet.drawLine({ start: { x, y: height - from }, end: { x, y: height - to }, thickness: 0.5, color: GRAY, dashArray: [2, 2] });
    sheet.drawLine({ start: { x, y: from }, end: { x, y: to }, thickness: 0.5, color: GRAY, dashArray: [2, 2] });
  }
  for (let row = 1; row < rows; row++) {
    const y = bottom + row * cellHeight;
    const tick = layout === 'booklet-a6' ? { thickness: 0.8, color: cut } : { thickness: 0.5, color: GRAY, dashArray: [2, 2] };
    sheet.drawLine({ start: { x: from, y }, end: { x: to, y }, ...tick });
    sheet.drawLine({ start: { x: width - from, y }, end: { x: width - to, y }, ...tick });
    if (layout === 'zine-a7') sheet.drawLine({ start: { x: left + cellWidth, y }, end: { x: left + 3 * cellWidth, y }, thickness: 0.8, color: cut });
  }
}
