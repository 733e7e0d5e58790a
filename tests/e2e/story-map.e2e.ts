/**
 * The reader's story map at 360x740 with touch: how far along, a scene gone back to, the endings found without
 * spoilers, a bookmark kept and reopened; and the reader bar's title whole at every text size.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, expectAccessible, launch, open, readerSettings, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const next = (page: Page) => page.getByRole('button', { name: /^Lanjut/ }).tap();
const panelNamed = (page: Page, pattern: RegExp) => page.getByRole('img', { name: pattern });
const openMap = async (page: Page) => {
  await page.locator('.reader-map-open').tap();
  return page.getByRole('dialog', { name: 'Peta cerita' });
};

describe('the story map', () => {
  it('shows scenes read, endings found without naming the others, goes back to a scene and reopens the bookmark', async () => {
    const session = await open(browser, undefined, { touch: true });
    const { page } = session;
    await page.goto(`${session.base}#/read/sample`);
    await appReady(page);
    expect(await page.locator('.step-count').innerText()).toBe('Adegan 1/4');
    for (let i = 0; i < 3; i++) await next(page);
    await page.getByRole('button', { name: /Tanya dulu ke Disnaker/ }).tap();
    await panelNamed(page, /Bu Rina yang berkacamata/).waitFor();
    expect(await page.locator('.step-count').innerText()).toBe('Adegan 2/4');

    let map = await openMap(page);
    await map.getByText('Kamu di adegan 2 dari 4').waitFor();
    await map.getByRole('heading', { name: 'Akhir cerita yang kamu temukan: 0 dari 2' }).waitFor();
    expect(await map.getByRole('listitem').allInnerTexts()).toEqual(['Tawaran di warung', 'Di kantor Disnaker · kamu di sini']);
    await map.getByRole('button', { name: 'Tandai tempat ini' }).tap();
    await map.getByText('Tempat ini sudah ditandai.').waitFor();
    await screenshot(page, 'phone-story-map');
    await expectAccessible(page, 'story map');
    await page.keyboard.press('Escape');
    await map.waitFor({ state: 'detached' });

    // On to the good ending: the map names it, and only counts the one still to find.
    for (let i = 0; i < 3; i++) await next(page);
    await page.getByRole('button', { name: /Berangkat dengan kontrak/ }).tap();
    await next(page);
    await page.getByRole('heading', { name: 'Berangkat dengan aman' }).waitFor();
    map = await openMap(page);
    await map.getByRole('heading', { name: 'Akhir cerita yang kamu temukan: 1 dari 2' }).waitFor();
    expect(await map.locator('.story-map-endings li').allInnerTexts()).toEqual(['Berangkat dengan aman · Akhir yang baik']);
    expect(await map.innerText()).not.toContain('Terjebak');
    await map.getByText('Masih ada 1 akhir lain.', { exact: false }).waitFor();

    // Back to the first scene: the choice after it is undone.
    await map.getByRole('button', { name: 'Tawaran di warung' }).tap();
    await map.waitFor({ state: 'detached' });
    await panelNamed(page, /Sore hari di warung/).waitFor();
    expect(await page.locator('.step-count').innerText()).toBe('Adegan 1/4');

    // The bookmark survives a reload and brings the reader back to Bu Rina.
    await page.reload();
    await appReady(page);
    map = await openMap(page);
    await map.getByRole('button', { name: 'Buka tanda: Di kantor Disnaker' }).tap();
    await panelNamed(page, /Bu Rina yang berkacamata/).waitFor();
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

describe('the reader bar', () => {
  it.each([0, 2])('shows every story title whole at text size %i: wrapped at spaces, never cut or split', async (textSize) => {
    const session = await open(browser, undefined, { touch: true });
    const { page } = session;
    await page.goto(session.base);
    await page.evaluate((settings) => localStorage.setItem('komik-saku/settings', settings), readerSettings('id', textSize));
    for (const storyId of ['awak-kapal', 'jalan-sari', 'keluarga-nita', 'lowongan-bayu', 'sample']) {
      await page.goto(`${session.base}#/read/${storyId}`);
      await page.reload();
      await appReady(page);
      const problems = await page.locator('.reader-map-open').evaluate((button) => {
        const found: string[] = [];
        const bar = button.closest('.reader-bar')!.getBoundingClientRect();
        const box = button.getBoundingClientRect();
        if (button.scrollWidth > button.clientWidth + 1) found.push('wider than its place');
        if (box.top < bar.top - 1 || box.bottom > bar.bottom + 1 || bar.right > window.innerWidth + 1) found.push('outside the bar');
        const text = button.firstChild!;
        for (const word of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) found.push(`"${word[0]}" split`);
        }
        return found;
      });
      expect(problems, storyId).toEqual([]);
    }
    if (textSize === 2) await screenshot(page, 'phone-reader-bar-largest');
    await session.context.close();
  });
});
