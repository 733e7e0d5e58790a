/**
 * The plan on paper: sheets sized in mm (@page, since Chromium ignores the A6 keyword), each holding one page or,
 * for a booklet or zine, the imposed pages (impose.ts) so the browser's print dialog prints ready-to-fold sheets.
 * `imposed` false prints each page on its own, without the folding guide (the command line imposes with pdf-lib).
 * data-print-ready tells the PDF tool that the pages are final (use-print-ready.ts).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson, Story } from '../story/schema';
import { CutFoldDiagram } from './cut-fold-diagram';
import { FoldDiagram } from './fold-diagram';
import { sidesOfRun, type PrintRun } from '../paper/duplex';
import { impose } from '../paper/impose';
import { hasFoldingGuide, PAGE_PAPER, pageSizeOf, sheetPaper, type Layout, type PageSize } from '../paper/paper';
import type { PrintedPage } from '../paper/plan';
import { PrintedPageView, type TextLookup } from './printed-page';
import type { FitProblem, PageFit, Refit } from './page-fit';
import { usePrintReady } from './use-print-ready';

export interface SheetsProps {
  story: Story;
  plan: PrintedPage[];
  layout: Layout;
  size: PageSize;
  imposed: boolean;
  /** Grayscale for photocopying: every page, or all but the cover. */
  gray: 'none' | 'all' | 'inside';
  text: TextLookup;
  lessons: Lesson[];
  /** How the comic pages are fitted to paper's minimum text sizes (plan.ts), a call to change it, and what cannot be. */
  fit: PageFit;
  onRefit: (refit: Refit) => void;
  onProblems: (problems: FitProblem[]) => void;
  /** How a booklet or zine shows on screen: its pages in reading order, or its sheets as they print. */
  preview: Preview;
  /** Which sides of the imposed sheets print: both, or the fronts or backs of two-sided printing by hand. */
  run: PrintRun;
}

export type Preview = 'pages' | 'sheets';

const PX_PER_MM = 96 / 25.4;

export function Sheets({ story, plan, layout, size, imposed, gray, text, lessons, fit, onRefit, onProblems, preview, run }: SheetsProps) {
  const { t } = useTranslation();
  const pageSize = pageSizeOf(layout, size);
  const page = PAGE_PAPER[pageSize];
  const sheet = imposed ? sheetPaper(layout, pageSize) : page;
  const sheetsRef = useRef<HTMLDivElement>(null);
  const printed = `${layout} ${size} ${imposed} ${gray} ${run} ${JSON.stringify(plan)}`;
  const ready = usePrintReady(sheetsRef, { printed, fit, onRefit, onProblems });
  const previewRef = useRef<HTMLDivElement>(null);
  const zoom = usePreviewZoom(previewRef, sheet.width * PX_PER_MM);
  const pageStyle = { width: `${page.width}mm`, height: `${page.height}mm`, padding: `${page.margin}mm` };
  const sides = imposed
    ? sidesOfRun(impose(plan.length, layout), run)
    : plan.map((_, index) => ({ sheet: index + 1, side: 'front' as const, columns: 1, slots: [{ page: index + 1, rotated: false }] }));
  // The folding guide is an A4 sheet of its own after the zine's or A6 booklet's sheets (Chromium lays every page of a
  // document out at the first page's width, so it cannot follow the small pages themselves: the command line takes it
  // from here). It is one-sided: printed with the fronts.
  const guide = hasFoldingGuide(layout) && imposed && run !== 'backs';
  // Imposed sheets are hard to read on screen (a zine's top row is upside down): the preview can show the pages in
  // reading order instead, while the sheets, laid out unseen (so they are measured and their pictures load), print.
  const reading = imposed && layout !== 'single' && preview === 'pages';
  const typeset = `print-${pageSize}${gray === 'none' ? '' : ' print-gray'}${gray === 'inside' ? ' print-cover-colour' : ''}`;
  return (
    <div ref={previewRef} className="print-preview">
      {reading ? (
        // A little smaller than the sheets, so that a sheet's worth of pages fits a row with room between them.
        <ol className={`print-reading ${typeset}`} style={{ ['--preview-zoom' as string]: String(0.95 * zoom) }}>
          {plan.map((printedPage, index) => (
            <li key={index} className="print-slot" style={pageStyle}>
              <PrintedPageView story={story} page={printedPage} text={text} lessons={lessons} />
            </li>
          ))}
        </ol>
      ) : null}
      <div
        ref={sheetsRef}
        className={`print-sheets ${typeset}${reading ? ' print-sheets-unseen' : ''}`}
        style={{ ['--preview-zoom' as string]: String(zoom) }}
        data-print-ready={ready ? 'true' : undefined}
      >
        <style>{`@page { size: ${sheet.width}mm ${sheet.height}mm; margin: 0; }`}</style>
        {sides.map((side) => (
          <section
            key={`${side.sheet}-${side.side}`}
            className={imposed && layout !== 'single' ? `print-sheet print-sheet-imposed print-sheet-${layout}` : 'print-sheet'}
            style={{ width: `${sheet.width}mm`, height: `${sheet.height}mm`, gridTemplateColumns: `repeat(${side.columns}, ${page.width}mm)` }}
            aria-label={imposed && layout !== 'single' ? t(`print.sheet-${side.side}`, { sheet: side.sheet }) : undefined}
          >
            {side.slots.map((slot, index) => (
              <div key={index} className={`print-slot${slot.rotated ? ' print-slot-rotated' : ''}`} style={pageStyle}>
                {slot.page === null ? null : <PrintedPageView story={story} page={plan[slot.page - 1]!} text={text} lessons={lessons} />}
              </div>
            ))}
          </section>
        ))}
        {guide ? (
          <section className="print-sheet fold-guide-sheet" style={{ width: `${sheet.width}mm`, height: `${sheet.height}mm` }}>
            {layout === 'booklet-a6' ? <CutFoldDiagram /> : <FoldDiagram />}
          </section>
        ) : null}
      </div>
    </div>
  );
}

/** Sheets are drawn at their real size in mm and zoomed down to fit the screen; on paper the zoom is 1 (print.css). */
function usePreviewZoom(preview: RefObject<HTMLElement | null>, sheetWidthPx: number): number {
  const [width, setWidth] = useState(sheetWidthPx);
  useEffect(() => {
    const element = preview.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [preview]);
  return Math.min(1, width / sheetWidthPx);
}
