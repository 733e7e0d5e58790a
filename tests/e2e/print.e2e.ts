/** An organiser on the Print screen: choosing what to print, seeing the pages, and printing with the browser. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectSameOrigin, launch, open, PROJECTOR, screenshot } from './browser';
import { inkIn, pageImage, pageText, pdfPages } from './print-pdf-text';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'print');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the print screen', () => {
  it('chooses a story and a layout, keeps the options in the address, and is accessible', async () => {
    const session = await open(browser);
    const { page, base } = session;
    await page.goto(`${base}#/print`);
    await page.getByRole('link', { name: 'Contoh: Tawaran di Warung' }).click();
    await page.locator('.print-sheets[data-print-ready]').waitFor();
    await expectAccessible(page, 'print screen');
    await screenshot(page, 'phone-print');
    await page.getByRole('radio', { name: /Buklet A5/ }).check();
    expect(new URL(page.url()).search).toContain('layout=booklet-a5');
    // The booklet previews in reading order (cover, 1, 2 …) while its imposed sheets wait unseen for the printer.
    await page.locator('.print-sheets[data-print-ready]').waitFor({ state: 'attached' });
    const reading = page.locator('.print-reading > li');
    await expect.poll(() => reading.count()).toBe(12);
    expect(await reading.nth(0).innerText()).toContain('Contoh: Tawaran di Warung');
    for (const at of [1, 2]) expect(await reading.nth(at).innerText()).toContain(`— ${at} —`);
    await expect.poll(() => page.getByRole('region', { name: 'Lembar 1, depan' }).isVisible()).toBe(false);
    await expectAccessible(page, 'print screen, booklet in reading order');
    await page.getByRole('radio', { name: 'Lembar seperti dicetak' }).check();
    await page.getByRole('region', { name: 'Lembar 1, depan' }).waitFor();
    await expect.poll(() => reading.count()).toBe(0);
    await page.locator('.print-sheets[data-print-ready]').waitFor();
    await expectAccessible(page, 'print screen, booklet sheets');
    // A shared link opens the same pages.
    const shared = await open(browser, PROJECTOR);
    await shared.page.goto(page.url());
    await shared.page.getByRole('radio', { name: 'Lembar seperti dicetak' }).check();
    await shared.page.getByRole('region', { name: 'Lembar 3, belakang' }).waitFor();
    await shared.page.locator('.print-sheets[data-print-ready]').waitFor();
    await screenshot(shared.page, 'projector-print-booklet');
    await expectAccessible(shared.page, 'print screen at projector size');
    expectSameOrigin(session);
  });

  it('prints the path the reader took', async () => {
    const { page, base } = await open(browser);
    await page.goto(base);
    const save = {
      version: 1,
      storyId: 'sample',
      path: [{ scene: 'warung' }, { scene: 'disnaker', choice: 'ask-disnaker' }],
      at: { kind: 'panel', panel: 'disnaker-1' },
      flags: [],
      visited: [],
      lessons: [],
    };
    await page.evaluate(
      (state) => localStorage.setItem('komik-saku/progress', JSON.stringify({ state: { saves: { sample: state }, endings: {} }, version: 1 })),
      save,
    );
    await page.goto(`${base}?selection=path:reader&extras=#/print/sample`);
    await page.locator('.print-sheets[data-print-ready]').waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Yang dicetak' }).inputValue()).toBe('path:reader');
    await expect.poll(() => page.locator('.printed-comic').count()).toBe(2);
    await page.getByText('Pilihan di cerita ini: Tanya dulu ke Disnaker').waitFor();
  });

  it('prints through the browser only the imposed sheets, in the chosen language, without the app around them', async () => {
    const { page, base } = await open(browser, PROJECTOR);
    await page.goto(`${base}?layout=zine-a7&selection=pages:page-1,page-5&extras=cover,helplines&lang=en#/print/sample`);
    // Printed from the reading-order preview: the sheets, unseen on screen, are what goes to paper.
    await page.locator('.print-sheets[data-print-ready]').waitFor({ state: 'attached' });
    // The app itself stays in Indonesian; only the pages are in English.
    await page.getByRole('button', { name: 'Cetak' }).waitFor();
    await expect.poll(() => page.locator('.print-reading').innerText()).toContain('Want to work in Hong Kong?');
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'in-app-zine-en.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    // The zine's one imposed A4 sheet (its pages' words under the pictures), then the folding guide: both A4 landscape,
    // and nothing of the app around them.
    const pages = pdfPages(file);
    expect(await page.locator('.print-sheet').count()).toBe(2);
    expect(pages).toHaveLength(2);
    for (const sheet of pages) expect([Math.round(sheet.width), Math.round(sheet.height)]).toEqual([842, 595]);
    const printed = pages.map((_, index) => pageText(file, index + 1)).join('');
    expect(printed).toContain('Want to work in Hong Kong?');
    for (const chrome of ['Tata letak', 'Pengaturan', 'Pratinjau', 'Cetak']) expect(printed).not.toContain(chrome);
    // On paper the zine's one cut is marked between the middle cells, and the outlines of the preview are gone.
    const sheet = pageImage(file, 1, 40);
    expect(inkIn(sheet, { x: 100, y: 104.3, width: 90, height: 1.4 }), 'the cut mark').toBeGreaterThan(0);
    expect(inkIn(sheet, { x: 0, y: 20, width: 2, height: 60 }), 'ink at the sheet edge').toBe(0);
    await page.emulateMedia({ media: 'print' });
    const onPaper = await page.evaluate(() =>
      [...document.querySelectorAll('.tab-bar, .print-controls-area, .skip-link, .print-reading')].map((element) => getComputedStyle(element).display),
    );
    expect(onPaper).toEqual(['none', 'none', 'none', 'none']);
  });

  it('keeps every phone number on one line of an A7 zine page, in balloons, endings and lessons', async () => {
    const { page, base } = await open(browser);
    await page.goto(`${base}?layout=zine-a7&selection=gamebook&extras=lessons,helplines#/print/jalan-sari`);
    await page.locator('.print-sheets[data-print-ready]').waitFor({ state: 'attached' });
    // Laid out as on paper (the sheets; the preview on a phone is a row of thumbnails).
    await page.emulateMedia({ media: 'print' });
    // Each number in the printed text, as the lines it is laid out on (the distinct tops of its boxes).
    const numbers = await page.locator('.print-sheets').evaluate((reading) => {
      const found: { number: string; lines: number }[] = [];
      const walker = document.createTreeWalker(reading, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!parent.closest('.balloon, .scene-end, .printed-lessons')) continue;
        for (const match of (node.textContent ?? '').matchAll(/\+?\d+(?:[ -]\d+)+/g)) {
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          found.push({ number: match[0], lines: new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size });
        }
      }
      return found;
    });
    // Jalan Sari says 0800-1000 and +62 21 29244800 in its balloons, its endings and its lessons.
    expect(new Set(numbers.map((item) => item.number))).toEqual(new Set(['0800-1000', '+62 21 29244800']));
    expect(numbers.length).toBeGreaterThanOrEqual(6);
    expect(numbers.filter((item) => item.lines !== 1)).toEqual([]);
  });
});
