/**
 * The Studio at 1280x720 with the keyboard alone: a new story, a second scene, a choice leading to it and a balloon,
 * all kept in the browser's IndexedDB across a reload; the live check clean; axe on the screen. Then a bundled story
 * adapted, read in the preview as it is edited, given a picture of its own (a PNG framed by keyboard; an SVG with a
 * script refused), saved as a pack and opened again as a second draft that still has the picture.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, expectAccessible, expectSameOrigin, launch, open, PROJECTOR, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A field by its accessible name (a label wrapping a text area also holds the area's text, so not by label text). */
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Focus lands on a field (as Tab would take it there) and the keyboard does the rest. */
async function type(page: Page, name: string, text: string) {
  await field(page, name).focus();
  await page.keyboard.type(text);
}
async function press(page: Page, name: string | RegExp, key = 'Enter') {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press(key);
}

const INKSCAPE_SVG = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg width="210mm" height="148mm" viewBox="0 0 210 148" version="1.1" id="svg5" inkscape:version="1.2.2" sodipodi:docname="perahu.svg"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">
  <sodipodi:namedview id="namedview7" pagecolor="#ffffff" inkscape:zoom="0.74" />
  <g inkscape:label="Lapisan 1" inkscape:groupmode="layer" id="layer1"><rect style="fill:#c0392b" width="79" height="30" x="60" y="80" /></g>
</svg>`;
const SVG_WITH_SCRIPT = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><rect width="9" height="9"/></svg>';

/** A landscape photo-like PNG, drawn by the browser: a sky, a sea and a boat. */
async function drawnPng(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1200, 800);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#7ec8e3';
    context.fillRect(0, 0, 1200, 400);
    context.fillStyle = '#1d4e89';
    context.fillRect(0, 400, 1200, 400);
    context.fillStyle = '#c0392b';
    context.fillRect(700, 330, 300, 90);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  return Buffer.from(bytes);
}

/** The preview's panel shows a picture of the draft's own (an object URL), loaded. */
async function expectOwnPicture(phone: ReturnType<Page['getByRole']>) {
  const art = phone.locator('img.panel-art');
  await expect.poll(() => art.evaluate((image: HTMLImageElement) => image.src.startsWith('blob:') && image.complete && image.naturalWidth > 0)).toBe(true);
}

describe('the Studio', () => {
  it('writes a two-scene story with a choice and a balloon by keyboard, keeps it over a reload, and checks it clean; saves an adapted story as a pack and opens it again', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await page.goto(`${session.base}#/studio`);
    await appReady(page);

    await type(page, 'Judul', 'Di Pelabuhan');
    await type(page, 'Nama tokoh 1', 'Rina');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Di Pelabuhan' }).waitFor();

    await type(page, 'Judul adegan baru', 'Di warung');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Adegan: Di warung' }).waitFor();

    await press(page, /^Awal/);
    await page.getByRole('heading', { name: 'Adegan: Awal' }).waitFor();
    // "Lalu": the story ends → the reader chooses (one up in the list).
    await page.getByLabel('Lalu').focus();
    await page.keyboard.press('ArrowUp');
    await type(page, 'Teks pilihan', 'Tanya dulu ke Disnaker');
    await press(page, 'Tambah balon', 'Space');
    await type(page, 'Teks', 'Aku mau kerja di kapal.');

    const clean = page.getByText('Tidak ada masalah: cerita bisa dibaca dari awal sampai akhir.');
    await clean.waitFor();
    // The preview beside the editor reads the balloon just typed, on the selected panel.
    await page.getByRole('group', { name: 'Cerita di layar ponsel' }).getByText('Aku mau kerja di kapal.').waitFor();
    await page.getByText('Tersimpan di perangkat ini').waitFor();

    await page.reload();
    await appReady(page);
    await page.getByRole('heading', { level: 1, name: 'Di Pelabuhan' }).waitFor();
    expect(await field(page, 'Teks').inputValue()).toBe('Aku mau kerja di kapal.');
    expect(await field(page, 'Teks pilihan').inputValue()).toBe('Tanya dulu ke Disnaker');
    expect(await page.getByLabel('Menuju adegan').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Di warung');
    expect(await page.getByRole('navigation', { name: 'Adegan' }).getByRole('listitem').allInnerTexts()).toEqual(['Awal awal', 'Di warung']);
    await clean.waitFor();

    await expectAccessible(page, 'the Studio editor');
    await screenshot(page, 'studio-editor-1280');
    await page.getByRole('link', { name: 'Semua draf' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Di Pelabuhan' }).waitFor();
    await expectAccessible(page, 'the Studio home with a pack to open');

    // A bundled story adapted, read in the preview as it is edited, saved as a pack and opened again as a second draft.
    // (The select's name holds its chosen option's title too: found by its form.)
    await page.locator('.studio-bundled select').selectOption('sample');
    await page.getByRole('button', { name: 'Buat draf darinya' }).click();
    const title = page.getByRole('heading', { level: 1, name: 'Contoh: Tawaran di Warung' });
    await title.waitFor();
    const first = page.url();

    await field(page, 'Teks').nth(1).fill('Sari! Mau kerja di kapal?');
    const phone = page.getByRole('group', { name: 'Cerita di layar ponsel' });
    await phone.getByText('Sari! Mau kerja di kapal?').waitFor();

    // The first panel's own picture: a landscape PNG (drawn here) framed by keyboard, kept as WebP, shown in the preview.
    const panel = page.getByRole('article', { name: 'Panel 1' }).first();
    await panel.getByLabel('Pilih gambar').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: await drawnPng(page) });
    await panel.getByText(/Gambar lebih lebar dari panel: untuk mengisi panel, \d+% gambar/).waitFor();
    await panel.getByLabel('Geser kiri–kanan').focus();
    await page.keyboard.press('End');
    await panel.getByRole('region', { name: 'Atur gambar di panel' }).evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'studio-picture-framing-1280');
    await press(page, 'Pakai gambar ini');
    await panel.getByText(/^Gambar disimpan di draf: \d+ KB dari 80 KB untuk satu panel\.$/).waitFor();
    const own = await panel.getByLabel('Berkas gambar').inputValue();
    expect(own).toMatch(/\.webp$/);
    await expectOwnPicture(phone);
    await panel.getByLabel('Berkas gambar').evaluate((element) => element.scrollIntoView());
    await screenshot(page, 'studio-picture-1280');
    // An SVG with a script is refused in the checker's words, and the panel keeps its picture.
    await panel.getByLabel('Pilih gambar').setInputFiles({ name: 'jahat.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG_WITH_SCRIPT) });
    await panel.getByRole('alert').getByText('<script> is not allowed: it runs code', { exact: false }).waitFor();
    expect(await panel.getByLabel('Berkas gambar').inputValue()).toBe(own);
    // An SVG saved from Inkscape is kept for the second panel, without the program's notes, in Chromium's own parser.
    const second = page.getByRole('article', { name: 'Panel 2' }).first();
    await second.getByLabel('Pilih gambar').setInputFiles({ name: 'perahu.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(INKSCAPE_SVG) });
    await second.getByText(/Catatan program gambar yang bukan gambar dihapus: .*<sodipodi:namedview>/).waitFor();
    const drawn = await second.getByLabel('Berkas gambar').inputValue();
    expect(drawn).toMatch(/\.svg$/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan sebagai paket' }).click()]);
    expect(download.suggestedFilename()).toBe('sample.komik');
    await page.getByRole('link', { name: 'Semua draf' }).click();
    await page.getByLabel('Berkas paket (.komik)').setInputFiles((await download.path())!);
    await page.waitForURL((url) => url.href !== first && url.hash.startsWith('#/studio/d-'));
    await title.waitFor();
    expect(await field(page, 'Teks').nth(1).inputValue()).toBe('Sari! Mau kerja di kapal?');
    // The pack carried the picture: the new draft keeps it and shows it.
    expect(await page.getByRole('article', { name: 'Panel 1' }).first().getByLabel('Berkas gambar').inputValue()).toBe(own);
    await expectOwnPicture(phone);
    expect(await page.getByRole('article', { name: 'Panel 2' }).first().getByLabel('Berkas gambar').inputValue()).toBe(drawn);
    expectSameOrigin(session);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
