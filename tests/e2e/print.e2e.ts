/** An organiser on the Print screen: choosing what to print, seeing the pages, and printing with the browser. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectSameOrigin, launch, open, PROJECTOR, screenshot } from './browser';

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
    await page.getByRole('region', { name: 'Lembar 1, depan' }).waitFor();
    expect(new URL(page.url()).search).toContain('layout=booklet-a5');
    await page.locator('.print-sheets[data-print-ready]').waitFor();
    await expectAccessible(page, 'print screen, booklet');
    // A shared link opens the same pages.
    const shared = await open(browser, PROJECTOR);
    await shared.page.goto(page.url());
    await shared.page.getByRole('region', { name: 'Lembar 3, belakang' }).waitFor();
    await shared.page.locator('.print-sheets[data-print-ready]').waitFor();
    await screenshot(shared.page, 'projector-print-booklet');
    await expectAccessible(shared.page, 'print screen at projector size');
    expectSameOrigin(session);
  });

  it('prints through the browser only the imposed sheets, in the chosen language, without the app around them', async () => {
    const { page, base } = await open(browser, PROJECTOR);
    await page.goto(`${base}?layout=zine-a7&selection=gamebook&extras=cover,helplines&lang=en#/print/sample`);
    await page.locator('.print-sheets[data-print-ready]').waitFor();
    // The app itself stays in Indonesian; only the pages are in English.
    await page.getByRole('button', { name: 'Cetak' }).waitFor();
    await expect.poll(() => page.locator('.print-sheets').innerText()).toContain('If you choose');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = new TextDecoder('latin1').decode(pdf);
    // One imposed A4 sheet of 8 pages and the folding guide, both A4 landscape (841.89 × 595.28 pt, rounded).
    expect([...text.matchAll(/\/Type\s*\/Page[^s]/g)]).toHaveLength(2);
    expect(text).toMatch(/MediaBox\s*\[0 0 841\.9\d* 59[45]\.\d+\]/);
    const screenText = await page.evaluate(() => {
      const hidden = [...document.querySelectorAll('.tab-bar, .print-controls-area')].map((element) => getComputedStyle(element).display);
      return hidden;
    });
    expect(screenText.length).toBe(2);
    await page.emulateMedia({ media: 'print' });
    const onPaper = await page.evaluate(() => [...document.querySelectorAll('.tab-bar, .print-controls-area, .skip-link')].map((element) => getComputedStyle(element).display));
    expect(onPaper).toEqual(['none', 'none', 'none']);
  });
});
