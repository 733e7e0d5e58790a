/**
 * A story on this phone, as a youth meets it: an author adapts a story in the Studio and saves it as a pack; on the
 * phone the file is opened in the library ("Buka file cerita"), checked and stored, marked "Di HP ini" with its size,
 * and read; the same pack shared to the installed app again (the manifest's share target, a POST the service worker
 * takes) is an update that keeps the reader's place; read to an ending, then read again with the browser offline
 * after a reload, presented and printed; a hostile pack changes nothing; the story removed, after a confirmation.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPack, SIGNATURE_ALGORITHM, writePack } from '../../src/packs/index';
import { packContext } from '../../tools/pack-files';
import { appReady, expectAccessible, expectSameOrigin, launch, open, PHONE, PROJECTOR, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ADAPTED = 'Sari! Mau kerja di kapal?';
const localCard = (page: Page) => page.locator('.story-card', { has: page.getByText(/^Di HP ini · /) });

/** The current panel's picture drawn from the phone's own store (an object URL), not the "no picture" stand-in. */
async function expectStoredArt(page: Page): Promise<void> {
  const art = page.locator('.guided-panel .panel-art').last();
  await expect.poll(() => art.evaluate((image: HTMLImageElement) => image.src.startsWith('blob:') && image.complete && image.naturalWidth > 0)).toBe(true);
}

const TRAFFICKER = '0812-3456-7890';

/**
 * The pack changed on its way: a "helpline" of the trafficker's added to the adapted balloon, and a signature that claims
 * the project as its publisher (made up: whoever changed it has no key of the project's).
 */
function tamperedPack(pack: Buffer): Buffer {
  const read = readPack(new Uint8Array(pack), packContext().context, 'sample.komik');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const files = new Map(read.value.files);
  const story = new TextDecoder().decode(files.get('story.json')).replace(ADAPTED, `${ADAPTED} Telepon ${TRAFFICKER}`);
  files.set('story.json', new TextEncoder().encode(story));
  const forged = { publisher: 'komik-saku', algorithm: SIGNATURE_ALGORITHM, value: Buffer.alloc(64, 7).toString('base64') };
  return Buffer.from(writePack(files, forged));
}

/** The share sheet, mocked: it takes any file and keeps its name and bytes for the test to read. */
async function mockShareSheet(page: Page): Promise<void> {
  await page.evaluate(() => {
    const shared: { name: string; bytes: number[] }[] = [];
    (window as unknown as { shared: typeof shared }).shared = shared;
    navigator.canShare = (data) => (data?.files?.length ?? 0) > 0;
    navigator.share = async (data) => {
      const file = data!.files![0]!;
      shared.push({ name: file.name, bytes: [...new Uint8Array(await file.arrayBuffer())] });
    };
  });
}

/** Next on every panel, the first choice where there is one, until an ending. */
async function readToEnding(page: Page): Promise<void> {
  for (let step = 0; step < 60; step++) {
    await page.locator('.guided-panel, .choices, .ending').first().waitFor();
    if ((await page.locator('.ending').count()) > 0) return;
    if ((await page.locator('.choices').count()) > 0) {
      await page.locator('.choice-card:not(:disabled)').first().click();
      await page.locator('.choices').waitFor({ state: 'detached' });
      continue;
    }
    await nextPanel(page);
  }
  throw new Error('no ending after 60 steps');
}

async function nextPanel(page: Page): Promise<void> {
  const before = await page.locator('.guided-panel [data-panel]').last().getAttribute('data-panel');
  await page.getByRole('button', { name: /^Lanjut/ }).click();
  await page.waitForFunction(
    (previous) =>
      document.querySelector('.choices, .ending') !== null ||
      [...document.querySelectorAll('.guided-panel [data-panel]')].some((panel) => panel.getAttribute('data-panel') !== previous),
    before,
  );
}

/** The Web Share Target as Android's share sheet calls it: a multipart POST of the file to the manifest's action. */
async function shareToApp(page: Page, base: string, file: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  const manifest = await (await fetch(new URL('manifest.webmanifest', base))).json();
  const target = manifest.share_target as { action: string; params: { files: { name: string }[] } };
  await page.evaluate(
    ({ action, field }) => {
      const form = Object.assign(document.createElement('form'), { method: 'post', enctype: 'multipart/form-data', action });
      const input = Object.assign(document.createElement('input'), { type: 'file', name: field });
      form.append(input);
      document.body.append(form);
    },
    { action: target.action, field: target.params.files[0]!.name },
  );
  await page.locator('form input[type=file]').setInputFiles(file);
  await Promise.all([
    page.waitForURL((url) => url.search === '' && url.hash === '#/'),
    page.locator('form').evaluate((form: HTMLFormElement) => form.submit()),
  ]);
}

describe('a story on this phone', { timeout: 120_000 }, () => {
  it('opens a pack from the Studio in the library, reads it, updates it keeping the place, reads it offline and removes it', async () => {
    // The author: the sample story adapted in the Studio and saved as a pack.
    const author = await open(browser, PROJECTOR);
    await author.page.goto(`${author.base}#/studio`);
    await appReady(author.page);
    await author.page.locator('.studio-bundled select').selectOption('sample');
    await author.page.getByRole('button', { name: 'Buat draf darinya' }).click();
    await author.page.getByRole('textbox', { name: 'Teks', exact: true }).nth(1).fill(ADAPTED);
    const [download] = await Promise.all([author.page.waitForEvent('download'), author.page.getByRole('button', { name: 'Simpan sebagai paket' }).click()]);
    const pack = { name: 'sample.komik', mimeType: 'application/octet-stream', buffer: await readFile((await download.path())!) };
    await author.context.close();

    // The youth's phone: the library, the service worker in control (the app installed).
    const session = await open(browser, PHONE, { reducedMotion: 'reduce' });
    const { page, context, base } = session;
    await page.goto(base);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000, polling: 100 });
    const bundledCards = await page.locator('.story-card').count();

    await page.getByLabel('Buka file cerita').setInputFiles(pack);
    await page.getByText('“Contoh: Tawaran di Warung” sudah disimpan di HP ini. Bisa dibaca tanpa internet.').waitFor();
    const card = localCard(page);
    await card.getByText(/^Di HP ini · [\d,]+\skB$/).waitFor();
    expect(await card.locator('img.story-cover').evaluate((image: HTMLImageElement) => image.src.startsWith('blob:'))).toBe(true);
    await expectAccessible(page, 'the library with a story on this phone');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'on-this-phone-library');

    // Read: its own ID, the adapted words, its own pictures; two panels, then back to the library.
    await card.getByRole('link', { name: 'Mulai baca' }).click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#/read/local-sample');
    await page.getByText(ADAPTED).waitFor();
    await expectStoredArt(page);
    await nextPanel(page);
    await page.goto(base);
    await localCard(page).getByRole('link', { name: 'Lanjutkan' }).waitFor();

    // The same pack shared to the app again: an update, and the place is kept.
    await shareToApp(page, base, pack);
    await page.getByText('“Contoh: Tawaran di Warung” sudah diperbarui. Bagian yang sudah kamu baca tetap diingat.').waitFor();
    expect(await localCard(page).count()).toBe(1);
    await localCard(page).getByRole('link', { name: 'Lanjutkan' }).click();
    await readToEnding(page);

    // A hostile pack (a name that climbs out of its folder) is refused in plain words, and nothing changes.
    await page.goto(base);
    await localCard(page).waitFor();
    const hostile = zipSync({ 'story.json': new TextEncoder().encode('{}'), '../../evil.txt': new TextEncoder().encode('x') });
    await page.getByLabel('Buka file cerita').setInputFiles({ name: 'jahat.komik', mimeType: 'application/octet-stream', buffer: Buffer.from(hostile) });
    await page.getByRole('alert').getByText('File “jahat.komik” berisi bagian yang tidak aman, jadi tidak dibuka. Tidak ada yang berubah di HP ini.').waitFor();
    expect(await page.locator('.story-card').count()).toBe(bundledCards + 1);

    // Shared on from its card ("Bagikan"): the share sheet gets a pack that reads back as the adapted story.
    await mockShareSheet(page);
    await localCard(page).getByRole('button', { name: 'Bagikan' }).click();
    type Sheet = { shared: { name: string; bytes: number[] }[] };
    // Until the share sheet has the file: the card's share reads the pack first.
    await page.waitForFunction(() => (window as unknown as Sheet).shared.length > 0);
    const [shared] = await page.evaluate(() => (window as unknown as Sheet).shared);
    expect(shared!.name).toBe('sample.komik');
    const sharedPack = readPack(new Uint8Array(shared!.bytes), packContext().context, shared!.name);
    expect(sharedPack.ok && new TextDecoder().decode(sharedPack.value.files.get('story.json'))).toContain(ADAPTED);

    // Unsigned, it is marked; a copy changed on its way (its signature no longer holds) is marked too, and its number flagged.
    await localCard(page).getByText('Bukan dari penerbit yang dikenal').waitFor();
    await page.getByLabel('Buka file cerita').setInputFiles({ ...pack, name: 'kiriman.komik', buffer: tamperedPack(pack.buffer) });
    await page.getByText('“Contoh: Tawaran di Warung” sudah diperbarui. Bagian yang sudah kamu baca tetap diingat.').waitFor();
    await localCard(page).getByText('Bukan dari penerbit yang dikenal').waitFor();

    // Offline after a reload: still listed, and read from the phone's own store.
    await context.setOffline(true);
    await page.reload();
    await localCard(page).getByRole('link', { name: 'Baca lagi' }).click();
    await page.getByRole('button', { name: 'Baca dari awal' }).click();
    await page.getByText(ADAPTED).waitFor();
    await expectStoredArt(page);
    await page.getByText('Cerita ini bukan dari penerbit yang dikenal.').waitFor();
    expect(await page.locator('[data-unofficial-number]').first().textContent()).toBe(`${TRAFFICKER}nomor tidak resmi`);
    expect(await page.getByRole('link', { name: 'Lihat nomor bantuan resmi' }).getAttribute('href')).toBe('#/help');
    await expectAccessible(page, 'a story not from a known publisher, its number flagged');
    await screenshot(page, 'on-this-phone-unverified');
    // Presented to a room and printed as the app's own stories are.
    await page.goto(`${base}#/present/local-sample`);
    await page.getByText(ADAPTED).first().waitFor();
    await page.goto(`${base}#/print/local-sample`);
    await page.locator('[data-print-ready]').waitFor({ state: 'attached' });
    expect(await page.getByText(ADAPTED).count()).toBeGreaterThan(0);

    // Removed, after a confirmation: gone from the library, and its address says so instead of failing.
    await page.goto(base);
    await localCard(page).getByRole('button', { name: 'Hapus dari HP ini' }).click();
    await page.getByText(/^Hapus “Contoh: Tawaran di Warung” dari HP ini\? [\d,]+\skB jadi kosong lagi/).waitFor();
    await screenshot(page, 'on-this-phone-remove');
    await page.getByRole('button', { name: 'Ya, hapus' }).click();
    await localCard(page).waitFor({ state: 'detached' });
    await page.reload();
    await page
      .locator('.story-card')
      .nth(bundledCards - 1)
      .waitFor();
    expect(await localCard(page).count()).toBe(0);
    await page.goto(`${base}#/read/local-sample`);
    await page.getByText('This story is no longer on this phone (it was removed).').waitFor();
    expectSameOrigin(session);
    expect(session.errors).toEqual([]);
  });
});
