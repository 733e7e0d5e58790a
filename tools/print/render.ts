/**
 * The printed pages as a PDF, through Chromium: the app's own Print screen with the options in its URL, one page
 * per PDF page (?imposed=0), sized by its @page rules (mm), once every picture has loaded (data-print-ready).
 */
import { launchChromium } from '../chromium';
import { writeOptions, type PrintOptions } from '../../src/paper/options';
import { hasFoldingGuide } from '../../src/paper/paper';

export interface Rendered {
  /** One printed page per PDF page. */
  pdf: Uint8Array;
  pageCount: number;
  /** For a zine or A6 booklet: the in-app print of the imposed sheets, whose last page is the folding guide. */
  imposed?: Uint8Array;
  /** What the print screen says cannot print at paper's minimum text sizes (which pages, why), in its words. */
  problems: string[];
  /** Why the print screen would not print these options (a zine longer than its one sheet), or null. */
  refusal: string | null;
}

export async function renderPages(base: string, storyId: string, options: PrintOptions): Promise<Rendered> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const open = async (imposed: boolean) => {
      await page.goto('about:blank');
      await page.goto(`${base}${writeOptions(options)}${imposed ? '' : '&imposed=0'}#/print/${encodeURIComponent(storyId)}`);
      // Either the pages are ready or the screen says what is wrong with the story. Attached, not visible: a booklet's
      // or zine's sheets are laid out unseen on screen while the preview shows the pages in reading order.
      await page.locator('.print-sheets[data-print-ready], .story-problems').first().waitFor({ state: 'attached', timeout: 30_000 });
      const problems = page.locator('.story-problems');
      if ((await problems.count()) > 0) throw new Error(await problems.innerText());
      if (errors.length > 0) throw new Error(`The print screen failed: ${errors.join('; ')}`);
      return page.pdf({ preferCSSPageSize: true, printBackground: true });
    };
    const pdf = await open(false);
    const pageCount = await page.locator('.print-slot').count();
    const problems = await page
      .locator('.print-fit-problems')
      .evaluateAll((found) => found.flatMap((element) => (element as HTMLElement).innerText.split('\n')));
    const refusal = (await page.locator('.print-zine-too-long').count()) > 0 ? await page.locator('.print-zine-too-long').innerText() : null;
    return { pdf, pageCount, problems, refusal, ...(hasFoldingGuide(options.layout) ? { imposed: await open(true) } : {}) };
  } finally {
    await browser.close();
  }
}
