/**
 * A phone in Javanese or English on a first start: the app speaks the phone's language (the interface strings of
 * Javanese are a draft), each story card says which languages the story has, and a story without the reader's language
 * says so instead of switching silently.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, expectAccessible, launch, open, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the language of a first start', () => {
  it('is Javanese on a Javanese phone: library, reader and a note where a story has no Javanese', async () => {
    const session = await open(browser, undefined, { locale: 'jv-ID' });
    const { page } = session;
    await page.goto(session.base);
    await appReady(page);
    await page.getByRole('link', { name: 'Crita' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('jv');
    expect(await page.getByRole('link', { name: 'Wiwit maca' }).count()).toBe(4);
    const sari = page.locator('.story-card:has(a[href="#/read/jalan-sari"])');
    await sari.getByText('Basa: Indonesia · English · Jawa').waitFor();
    expect(await sari.locator('.story-no-language').count()).toBe(0);
    const nita = page.locator('.story-card:has(a[href="#/read/keluarga-nita"])');
    await nita.getByText('Durung ana ing basamu: diwaca nganggo basa Indonesia.').waitFor();
    await screenshot(page, 'phone-library-jv');
    await expectAccessible(page, 'library in Javanese');

    // A story with Javanese text reads in it, with no note.
    await page.goto(`${session.base}#/read/jalan-sari`);
    await page.getByRole('button', { name: /Terus/ }).waitFor();
    expect(await page.locator('.reader-language-note').count()).toBe(0);
    // One without says so, and the note goes with a tap.
    await page.goto(`${session.base}#/read/keluarga-nita`);
    const note = page.getByRole('note');
    await note.getByText('Crita iki durung ana ing Basa Jawa, dadi diwaca nganggo Bahasa Indonesia.').waitFor();
    await screenshot(page, 'phone-reader-jv-note');
    await expectAccessible(page, 'reader with the language note');
    await note.getByRole('button', { name: 'Tutup' }).click();
    await note.waitFor({ state: 'detached' });
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('is English on an English phone, Indonesian on any other, and a saved choice wins over the phone', async () => {
    const english = await open(browser, undefined, { locale: 'en-US' });
    await english.page.goto(english.base);
    await appReady(english.page);
    await english.page.getByRole('link', { name: 'Start reading' }).first().waitFor();
    await english.page.getByRole('link', { name: 'Settings' }).click();
    await english.page.getByRole('radio', { name: 'Bahasa Indonesia' }).check();
    await english.page.reload();
    await appReady(english.page);
    await english.page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
    await english.context.close();

    const french = await open(browser, undefined, { locale: 'fr-FR' });
    await french.page.goto(french.base);
    await appReady(french.page);
    await french.page.getByRole('link', { name: 'Mulai baca' }).first().waitFor();
    await french.context.close();
  });
});
