/** A story printed to PDF with the given options: Chromium renders the pages, pdf-lib imposes booklets and zines. */
import type { PrintOptions } from '../../src/paper/options';
import { renderPages } from './render';

export interface Printed {
  pdf: Uint8Array;
  /** Printed pages, before imposition (cover and notes pages included). */
  pageCount: number;
  /** Pages that cannot print at paper's minimum text sizes, as the print screen names them. */
  problems: string[];
  /** Why these options do not print (a zine longer than its one sheet), or null. */
  refusal: string | null;
}

export async function printPdf(base: string, storyId: string, options: PrintOptions): Promise<Printed> {
  const rendered = await renderPages(base, storyId, options);
  const told = { pageCount: rendered.pageCount, problems: rendered.problems, refusal: rendered.refusal };
  if (options.layout === 'single' || rendered.refusal) return { pdf: rendered.pdf, ...told };
  // pdf-lib is loaded only when there is something to impose.
  const { imposePdf } = await import('./impose-pdf');
  return {
    pdf: await imposePdf(rendered.pdf, options.layout, rendered.pageCount, {
      guide: options.run === 'backs' ? undefined : rendered.imposed,
      gray: options.gray,
      run: options.run,
    }),
    ...told,
  };
}
