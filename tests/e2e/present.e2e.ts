/**
 * A facilitator with a laptop, a projector and a clicker, at 1280x720: the key map (clicker keys included), the
 * room voting by marking and confirming (keys or click), the black screen, the overview, the presenter window kept in sync both ways
 * (also after either reloads), the reader's own progress left alone, and photographs at 1280x720 and 1920x1080.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appReady,
  expectAccessible,
  expectSameOrigin,
  launch,
  open,
  PHONE,
  problemsInComic,
  PROJECTOR,
  restMouse,
  SCREENS_DIR,
  screenshot,
  settle,
  type Session,
} from './browser';
import { pageText, pdfPages } from './print-pdf-text';
import { clickTool, expectOnStage, marked, onStage, openPresenter, present, ready } from './wall';

const FULL_HD = { width: 1920, height: 1080 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Balloon text sizes on the stage, in CSS px. */
const balloonSizes = (page: Page) =>
  page.$$eval('.present-stage .balloon', (balloons) => balloons.map((balloon) => parseFloat(getComputedStyle(balloon).fontSize)));

/**
 * The app's QR code as shown in `scope`: the first download's size above it, axe clean, and the code photographed and
 * decoded (jsQR, as a phone's camera would) to the app's address. Returns the code's width on screen, in CSS px.
 */
async function expectAppQr(page: Page, scope: Locator, name: string, base: string): Promise<number> {
  await scope.getByText(/^Unduhan pertama: [\d.,]+\s(kB|MB)\./).waitFor();
  const code = scope.locator('svg.app-qr-code');
  await screenshot(page, name);
  await expectAccessible(page, name);
  const png = (await code.screenshot()).toString('base64');
  // The photograph's pixels, decoded from PNG by the browser itself (no PNG library in the tests).
  const { width, height, pixels } = await page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (char) => char.charCodeAt(0))], { type: 'image/png' }));
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const bytes = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let text = '';
    for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    return { width: bitmap.width, height: bitmap.height, pixels: btoa(text) };
  }, png);
  const decoded = jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), width, height);
  expect(decoded?.data).toBe(new URL('./', base).href);
  return (await code.boundingBox())!.width;
}

const presenterAt = (presenter: Page) => presenter.locator('.presenter-where').innerText();

/** A laptop whose app is set to English (before the first page loads, as a saved setting would be). */
async function inEnglish(): Promise<Session> {
  const session = await open(browser, PROJECTOR);
  await session.context.addInitScript(() =>
    localStorage.setItem(
      'komik-saku/settings',
      JSON.stringify({ state: { language: 'en', textSize: 0, motion: 'system', highContrast: false, view: 'auto' }, version: 1 }),
    ),
  );
  return session;
}

/** Page steps until the room votes or reaches an ending (a page step is one press of the clicker). */
async function stepToVote(page: Page) {
  for (let press = 0; press < 40; press++) {
    const at = await onStage(page);
    if (at === 'choices' || at?.startsWith('ending')) return;
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(80);
  }
}

const comicProblems = (page: Page) => problemsInComic(page, '.present-stage');

/** Takes option `letter` at a vote as a facilitator does with keys: the arrows mark it, Enter opens the confirm card, Enter again chooses. */
async function vote(page: Page, letter: string) {
  await page.locator('.present-vote').waitFor();
  for (let press = 0; press < 6 && (await marked(page)) !== letter; press++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(60);
  }
  expect(await marked(page)).toBe(letter);
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').waitFor();
  await page.waitForTimeout(550);
  await page.keyboard.press('Enter');
  await page.locator('.present-vote').waitFor({ state: 'detached' });
}

/** Every element matched lies inside the viewport (nothing of it cut off by the wall's edge). */
const allInside = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.every((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 1 && box.right <= innerWidth + 1;
    }),
  );

describe('projecting a story to a room', () => {
  it('steps with every clicker key, balloon text is at least 28 px, and the key card opens and closes', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    // Start from the library, as a facilitator would: the tools wait behind "Untuk fasilitator".
    await page.goto(session.base);
    await appReady(page);
    await page.getByRole('button', { name: 'Untuk fasilitator' }).click();
    await page.locator('a[href="#/present/jalan-sari"]').click();
    await ready(page);
    await expectOnStage(page, 'tawaran-1');
    // The authors' sample is not in the library; its address still presents it.
    await page.goto(`${session.base}#/present/sample`);
    await ready(page);
    await expectOnStage(page, 'warung-1');
    const sizes = await balloonSizes(page);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    // The panel fills the stage's height (a wide panel) and sits inside the 16:9 stage.
    const box = (await page.locator('.present-stage .panel').boundingBox())!;
    expect(box.height).toBeGreaterThan(PROJECTOR.height * 0.9);

    const steps: [string, string][] = [
      ['ArrowRight', 'warung-2'],
      ['ArrowDown', 'warung-3'],
      ['ArrowLeft', 'warung-2'],
      ['ArrowUp', 'warung-1'],
      ['PageDown', 'warung-2'],
      ['PageUp', 'warung-1'],
      ['Space', 'warung-2'],
      ['p', 'warung-1'],
      ['n', 'warung-2'],
    ];
    for (const [key, panel] of steps) {
      await page.keyboard.press(key);
      await expectOnStage(page, panel);
    }
    await page.keyboard.press('?');
    const card = page.getByRole('dialog', { name: 'Tombol' });
    await card.waitFor();
    await screenshot(page, 'present-help-1280');
    await expectAccessible(page, 'key card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // Esc closed the card and nothing else; F toggles fullscreen.
    await expectOnStage(page, 'warung-2');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    // A click does it too (the toolbar's button), and F then leaves fullscreen: the button let go of the focus.
    await clickTool(page, 'Layar penuh');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    // L reads the panel aloud on the projector (the sample's recordings, stored first), lighting the balloon said; L stops.
    await page.keyboard.press('l');
    await page.locator('.present-stage [data-listen="reading"]').first().waitFor();
    expect(await page.getByRole('button', { name: 'Bacakan' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'present-listen-1280');
    await page.keyboard.press('l');
    await expect.poll(() => page.locator('.present-stage [data-listen]').count()).toBe(0);
    await restMouse(page);
    await screenshot(page, 'present-stage-1280');
    await expectAccessible(page, 'projected panel');

    // "Pasang aplikasi": the room scans the app's address off the wall, the first download's size said first.
    await page.mouse.move(640, 300);
    // Every tool is on the wall, whole: in Indonesian the ten did not fit one row, and Kembali and Keluar were cut off.
    const tools = await page.locator('.present-toolbar .present-tool').evaluateAll((all) => all.map((tool) => tool.getBoundingClientRect()));
    expect(tools.length).toBeGreaterThanOrEqual(10);
    expect(tools.filter((box) => box.left < 0 || box.right > PROJECTOR.width || box.bottom > PROJECTOR.height)).toEqual([]);
    await clickTool(page, 'Pasang aplikasi');
    const install = page.getByRole('dialog', { name: 'Pasang aplikasi' });
    const wallCode = await expectAppQr(page, install, 'present-app-qr-1280', session.base);
    // Scanned from the back of a room: the code beside its words, over two thirds of the projected height.
    expect(wallCode).toBeGreaterThanOrEqual(PROJECTOR.height * 0.7);
    // The clicker's Esc closes the card (the show's own Esc had taken it: the card stayed on the wall).
    await page.keyboard.press('Escape');
    await install.waitFor({ state: 'detached' });
    // The same from the settings of a phone, to pass the app on from hand to hand.
    await page.setViewportSize(PHONE);
    await page.goto(`${session.base}#/settings`);
    await page.getByRole('button', { name: 'Tampilkan kode QR' }).click();
    // The code comes at the foot of a long screen: it is scrolled into view, whole, and has the button's focus.
    const settingsCode = page.locator('.settings-app-qr svg.app-qr-code');
    await expect
      .poll(() => settingsCode.evaluate((code) => code.getBoundingClientRect().top >= 0 && code.getBoundingClientRect().bottom <= window.innerHeight))
      .toBe(true);
    expect(await page.evaluate(() => document.activeElement?.contains(document.querySelector('.settings-app-qr svg')) ?? false)).toBe(true);
    await expectAppQr(page, page.getByRole('region', { name: 'Bagikan aplikasi ini' }), 'phone-settings-app-qr', session.base);
    expectSameOrigin(session);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  // Six photographs, each after the mouse rests (3.3 s), and six axe runs: over a minute on a busy machine.
  it(
    'lets the room vote by marking and confirming, by keys and by click, shows a locked option with its reason, and ends with lessons and helplines',
    { timeout: 120_000 },
    async () => {
      const session = await open(browser, PROJECTOR);
      const { page } = session;
      await present(session);
      for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
      await page.getByRole('heading', { name: 'Apa yang sebaiknya Sari lakukan?' }).waitFor();
      await expect.poll(() => page.locator('.present-vote-letter').allInnerTexts()).toEqual(['A', 'B']);
      await restMouse(page);
      await screenshot(page, 'present-vote-1280');
      await expectAccessible(page, 'vote');
      await vote(page, 'B');
      await expectOnStage(page, 'calo-1');
      expect(await page.locator('.present-black').count()).toBe(0);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const locked = page.locator('[data-choice="go-official"]');
      await locked.waitFor();
      expect(await locked.isDisabled()).toBe(true);
      await page.getByText('Sari belum punya perjanjian kerja dari perusahaan resmi.').waitFor();
      const reasonSize = await page.locator('.present-vote-reason').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(reasonSize).toBeGreaterThanOrEqual(28);
      await restMouse(page);
      await screenshot(page, 'present-vote-locked-1280');
      await expectAccessible(page, 'vote with a locked option');
      // The locked letter marks nothing; a click on a card marks it, and its own button chooses.
      await page.keyboard.press('a');
      await page.waitForTimeout(200);
      expect(await marked(page)).toBeNull();
      await page.getByRole('button', { name: /Berangkat bersama Pak Darto/ }).click();
      await expectOnStage(page, 'choices');
      await page.getByRole('button', { name: /^Pilih [A-D]:/ }).click();
      await expectOnStage(page, 'bad-1');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('heading', { name: 'Terjebak' }).waitFor();
      await restMouse(page);
      await screenshot(page, 'present-ending-1280');
      await expectAccessible(page, 'ending');
      // Then the lessons: this path learned none, so the ones it missed are the big cards.
      await page.keyboard.press('ArrowRight');
      await page.locator('.present-lessons-slide [data-lesson="keep-passport"]').waitFor();
      await restMouse(page);
      await screenshot(page, 'present-lessons-1280');
      await expectAccessible(page, 'lessons of the path');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('link', { name: '0800-1000' }).waitFor();
      await restMouse(page);
      await screenshot(page, 'present-helplines-1280');
      await expectAccessible(page, 'helplines');
      await page.getByRole('button', { name: 'Ringkasan lokakarya' }).click();
      const summary = page.getByRole('dialog', { name: /Ringkasan lokakarya/ });
      await summary.getByText('Memilih “Terima uangnya dan ikut Pak Darto”').waitFor();
      await summary.getByText('Akhir yang buruk:').waitFor();
      await screenshot(page, 'present-summary-1280');
      await expectAccessible(page, 'workshop summary');
      // On paper only the summary shows.
      await page.emulateMedia({ media: 'print' });
      expect(
        await page
          .locator('.present-vote, .present-helplines')
          .first()
          .evaluate((element) => getComputedStyle(element).visibility),
      ).toBe('hidden');
      expect(await summary.evaluate((element) => getComputedStyle(element).visibility)).toBe('visible');
      expect(await page.getByRole('button', { name: 'Cetak ringkasan' }).isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      expect(session.errors).toEqual([]);
      await session.context.close();
    },
  );

  it('blacks the screen with B or ".", and brings the same picture back', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    await page.keyboard.press('ArrowRight');
    await expectOnStage(page, 'warung-2');
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await page.getByTestId('black-screen').waitFor();
      // Nothing of the comic or the controls shows through.
      const covering = await page.evaluate(() => document.elementFromPoint(640, 360)?.className);
      expect(covering).toBe('present-black');
      expect(await page.locator('.present-toolbar').count()).toBe(0);
      await expectAccessible(page, `black screen (${key})`);
      await page.keyboard.press(key);
      await page.getByTestId('black-screen').waitFor({ state: 'detached' });
    }
    // The next key first brings the picture back, without moving on.
    await page.keyboard.press('.');
    await page.getByTestId('black-screen').waitFor();
    await page.keyboard.press('PageDown');
    await page.getByTestId('black-screen').waitFor({ state: 'detached' });
    await expectOnStage(page, 'warung-2');
    await session.context.close();
  });

  it('opens an overview of the pages on the path and jumps to one by click or Enter', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await vote(page, 'A');
    await expectOnStage(page, 'disnaker-1');
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: 'Semua halaman' });
    await overview.waitFor();
    expect(await overview.locator('.present-overview-page').count()).toBe(2);
    // Focus starts on the page the room is on; the arrows move it; Esc closes without jumping.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-page'));
    expect(await focused()).toBe('page-2');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe('page-1');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('page-2');
    await screenshot(page, 'present-overview-1280');
    await expectAccessible(page, 'overview');
    await page.keyboard.press('Escape');
    await overview.waitFor({ state: 'detached' });
    await expectOnStage(page, 'disnaker-1');
    await page.keyboard.press('o');
    await overview.getByRole('button', { name: 'Halaman 1' }).click();
    await overview.waitFor({ state: 'detached' });
    await expectOnStage(page, 'warung-1');
    // O opens it, O or Esc closes it; the arrows move between pages; Enter jumps.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('o');
    await overview.waitFor();
    await page.keyboard.press('o');
    await overview.waitFor({ state: 'detached' });
    await page.keyboard.press('o');
    await overview.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-page'))).toBe('page-1');
    await page.keyboard.press('Enter');
    await overview.waitFor({ state: 'detached' });
    await expectOnStage(page, 'warung-1');
    await session.context.close();
  });

  it('keeps motion to fades when the room asks for reduced motion', async () => {
    const session = await open(browser, PROJECTOR, { reducedMotion: 'reduce' });
    const { page } = session;
    await present(session);
    await page.keyboard.press('ArrowRight'); // warung-2 comes in with a "pop"
    await expectOnStage(page, 'warung-2');
    expect(await page.locator('.present-panel').evaluate((element) => getComputedStyle(element).animationName)).toBe('panel-fade');
    await session.context.close();
  });

  it('steps page by page when the facilitator chooses', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session, 'jalan-sari');
    await clickTool(page, 'Per halaman');
    await page.locator('.present-page .panel').first().waitFor();
    expect(await page.locator('.present-page [data-panel]').evaluateAll((panels) => panels.map((panel) => panel.getAttribute('data-panel')))).toEqual([
      'tawaran-1',
      'tawaran-2',
      'tawaran-3',
    ]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.present-page [data-panel]').first().getAttribute('data-panel')).toBe('tawaran-4');
    // The page's panels are laid out across the wall, every one on screen, text bigger than on the page itself.
    expect(Math.min(...(await balloonSizes(page)))).toBeGreaterThanOrEqual(20);
    expect(await comicProblems(page)).toEqual([]);
    for (const box of await page
      .locator('.present-page .panel')
      .evaluateAll((panels) => panels.map((panel) => panel.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PROJECTOR.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(PROJECTOR.height);
    }
    await restMouse(page);
    await screenshot(page, 'present-page-1280');
    await expectAccessible(page, 'page step');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.present-page [data-panel]').first().getAttribute('data-panel')).toBe('tawaran-1');
    // The tails follow their balloons once these are laid out (a ResizeObserver), a moment after the page shows.
    await expect.poll(() => comicProblems(page)).toEqual([]);
    await restMouse(page);
    await screenshot(page, 'present-page-first-1280');
    await session.context.close();
  });

  it('on page steps, gives each panel the largest text its balloons allow, with every word whole and every tail in its panel', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    await clickTool(page, 'Per halaman');
    await page.locator('.present-page .panel').first().waitFor();
    // The sample's first page: three panels in a row, each at the wall size (4% of the stage height).
    expect(Math.min(...(await balloonSizes(page)))).toBeGreaterThanOrEqual(28);
    expect(await comicProblems(page)).toEqual([]);
    await session.context.close();
    // Lowongan di Layar in English: four narrow panels whose long sentences and tails would run off at that size.
    const english = await inEnglish();
    const { page: wall } = english;
    await present(english, 'lowongan-bayu');
    await clickTool(wall, 'Page by page');
    for (const first of ['iklan-1', 'iklan-5']) {
      await expect.poll(() => wall.locator('.present-page [data-panel]').first().getAttribute('data-panel')).toBe(first);
      await settle(wall);
      expect(await comicProblems(wall), first).toEqual([]);
      // Never smaller than the author's page (2.8% of the page's width on the wall), which the reader's page view shows.
      const floors = await wall.$$eval('.present-page .panel', (panels) =>
        panels.map((panel) => {
          const balloon = panel.querySelector('.balloon:not(.balloon-sfx)');
          const authored = (0.028 * panel.clientWidth) / parseFloat(panel.style.getPropertyValue('--frame-w'));
          return balloon ? parseFloat(getComputedStyle(balloon).fontSize) / authored : 1;
        }),
      );
      expect(Math.min(...floors)).toBeGreaterThanOrEqual(0.99);
      await wall.keyboard.press('PageDown');
    }
    await english.context.close();
  });

  it('points every tail at the speaker the author drew, though the larger text on the wall grows and moves the balloons', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session, 'lowongan-bayu');
    // A chat on a phone screen: Bayu's balloon points off the panel's edge, Andre's at his face under his balloon.
    for (const panel of ['iklan-1', 'iklan-2', 'iklan-3', 'iklan-4', 'iklan-5']) {
      await expectOnStage(page, panel);
      await settle(page);
      expect(await comicProblems(page), panel).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
    await session.context.close();
  });

  it('shows a long option in English whole, on cards that fit the wall', async () => {
    const session = await inEnglish();
    const { page } = session;
    await present(session, 'keluarga-nita');
    await clickTool(page, 'Page by page');
    await stepToVote(page);
    await vote(page, 'A');
    // On the way, "Thump!" (a sound effect in a narrow box) stays whole and in its panel, on the page and alone.
    for (let press = 0; press < 5 && (await onStage(page)) !== 'cek-1'; press++) await page.keyboard.press('PageDown');
    await expectOnStage(page, 'cek-1');
    await settle(page);
    expect(await comicProblems(page)).toEqual([]);
    await clickTool(page, 'Page by page');
    // cek-2, cek-3, cek-biaya, then the second page: cek-rincian, cek-kantor, cek-4.
    for (let press = 0; press < 6; press++) await page.keyboard.press('ArrowRight');
    await expectOnStage(page, 'cek-4');
    await settle(page);
    expect(await comicProblems(page)).toEqual([]);
    await clickTool(page, 'Page by page');
    await stepToVote(page);
    await page.getByRole('heading', { name: 'Should the family keep copies of the documents and the complaint numbers?' }).waitFor();
    await settle(page);
    // The longest option of the four stories: its card, its text and the prompt all stay on the wall, and large.
    expect(await allInside(page, '.present-vote h2, .present-vote-card, .present-vote-letter, .present-vote-text')).toBe(true);
    const inCards = await page.$$eval('.present-vote-card', (cards) =>
      cards.every((card) =>
        [...card.children].every((child) => {
          const outer = card.getBoundingClientRect();
          const inner = child.getBoundingClientRect();
          return inner.top >= outer.top && inner.bottom <= outer.bottom;
        }),
      ),
    );
    expect(inCards).toBe(true);
    const sizes = await page.$$eval('.present-vote-card', (cards) => cards.map((card) => parseFloat(getComputedStyle(card).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    await restMouse(page);
    await screenshot(page, 'present-vote-long-en-1280');
    await session.context.close();
  });

  it('shows a long path’s lessons four to a slide, and prints its summary on as many sheets as it needs', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session, 'jalan-sari');
    await clickTool(page, 'Per halaman');
    // Take the money, ask what the contract says, the money already spent (the village helps): the good ending, nine lessons.
    for (const letter of ['A', 'B', 'B']) {
      await stepToVote(page);
      await vote(page, letter);
    }
    await stepToVote(page);
    await page.getByRole('heading', { name: 'Berangkat dengan aman' }).waitFor();
    for (const slide of [1, 2, 3]) {
      await page.keyboard.press('ArrowRight');
      await page.getByRole('heading', { name: `Pelajaran dari jalan ini (${slide} dari 3)` }).waitFor();
      await settle(page);
      expect(await allInside(page, '.present-lessons-slide .lesson-card')).toBe(true);
      const messages = await page.$$eval('.present-lessons-slide .lesson-message', (items) => items.map((item) => parseFloat(getComputedStyle(item).fontSize)));
      expect(messages.length).toBe(slide < 3 ? 4 : 1);
      expect(Math.min(...messages)).toBeGreaterThanOrEqual(28);
      if (slide === 1) {
        await restMouse(page);
        await screenshot(page, 'present-lessons-many-1280');
      }
    }
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Ringkasan lokakarya' }).click();
    await page.getByRole('dialog', { name: /Ringkasan lokakarya/ }).waitFor();
    // The summary runs past one sheet: its last question must reach paper too.
    mkdirSync(SCREENS_DIR, { recursive: true });
    const file = join(SCREENS_DIR, 'present-summary-long.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const sheets = pdfPages(file);
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    expect(pageText(file, sheets.length).replace(/\s+/g, ' ')).toContain('Di mana kalian akan menyimpan nomor pengaduan, supaya mudah ditemukan saat perlu?');
    expect(pageText(file, 1)).toContain('Lewat jalur resmi');
    // Once a story has been projected, the print screen still prints its sheets (the summary's print rules are its own).
    await page.goto(`${session.base}#/print/sample`);
    await page.locator('.print-sheet').first().waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.print-sheet')
        .first()
        .evaluate((element) => getComputedStyle(element).visibility),
    ).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

describe('the presenter window', () => {
  it('stays in sync with the projected screen both ways, also after either reloads, and either can close', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    const presenter = await openPresenter(session);
    await expect.poll(() => presenterAt(presenter)).toContain('1 / 3');
    // Room → presenter
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toContain('2 / 3');
    // L in the presenter window reads on the room window's audio (the projector's): the room stores the recordings,
    // lights the balloon said and plays it through (the light moves on when the 1 s recording ends); the presenter
    // window shows the words being read. L there again stops the room.
    const reading = (balloon: string) => page.locator(`.present-stage [data-balloon="${balloon}"][data-listen="reading"]`);
    await presenter.keyboard.press('l');
    await reading('sfx').waitFor({ timeout: 15_000 });
    await reading('darto').waitFor({ timeout: 10_000 });
    await presenter.locator('.presenter-narration').getByText('Ini uang pengikat buat ibumu.').waitFor();
    expect(await presenter.getByRole('button', { name: 'Bacakan' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(presenter, 'present-presenter-narration-1280');
    await presenter.keyboard.press('l');
    await expect.poll(() => page.locator('.present-stage [data-listen]').count()).toBe(0);
    // Presenter → room
    await presenter.keyboard.press('PageDown');
    await expectOnStage(page, 'warung-3');
    // Ticking a question is typing in a field: Space ticks it and does not move the comic.
    const question = presenter.getByRole('checkbox', { name: /Apa yang membuat tawaran Pak Darto/ });
    await question.focus();
    await presenter.keyboard.press('Space');
    expect(await question.isChecked()).toBe(true);
    await page.waitForTimeout(300);
    await expectOnStage(page, 'warung-3');
    await settle(presenter);
    await screenshot(presenter, 'present-presenter-1280');
    await expectAccessible(presenter, 'presenter window');
    // The presenter window reloads: it comes back where the room is, and still drives it.
    await presenter.reload();
    await ready(presenter);
    await expect.poll(() => presenterAt(presenter)).toContain('3 / 3');
    expect(await presenter.getByRole('checkbox', { name: /Apa yang membuat tawaran Pak Darto/ }).isChecked()).toBe(true);
    await presenter.keyboard.press('p');
    await expectOnStage(page, 'warung-2');
    // The room reloads: same place, and the presenter window still follows it.
    await page.reload();
    await ready(page);
    await expectOnStage(page, 'warung-2');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toContain('3 / 3');
    // The vote from the presenter window: letters shown, and the pick reaches the room.
    await presenter.keyboard.press('ArrowRight');
    await presenter.getByRole('heading', { name: 'Kelompok memilih: tandai, lalu konfirmasi' }).waitFor();
    await settle(presenter);
    await screenshot(presenter, 'present-presenter-vote-1280');
    await expectAccessible(presenter, 'presenter window at a vote');
    await presenter.getByRole('button', { name: /A Tanya dulu ke Disnaker/ }).click();
    await presenter.getByRole('button', { name: 'Ya, pilih A' }).click();
    await expectOnStage(page, 'disnaker-1');
    await presenter.locator('.presenter-lessons').getByText('Lewat jalur resmi').waitFor();
    // The summary lists the question ticked before the reloads as discussed.
    await presenter.getByRole('button', { name: 'Ringkasan lokakarya' }).click();
    const summary = presenter.getByRole('dialog', { name: /Ringkasan lokakarya/ });
    const discussed = summary.locator('h3', { hasText: 'Pertanyaan yang sudah didiskusikan' }).locator('xpath=following-sibling::ul[1]');
    await discussed.getByText('Apa yang membuat tawaran Pak Darto terdengar menarik?').waitFor();
    await summary.getByText('Lewat jalur resmi:').waitFor();
    await presenter.keyboard.press('PageDown'); // the summary has the keyboard: the room stays
    await page.waitForTimeout(300);
    await expectOnStage(page, 'disnaker-1');
    // Closing the presenter window leaves the room working.
    await presenter.close();
    await page.keyboard.press('ArrowRight');
    await expectOnStage(page, 'disnaker-2');
    expect(session.errors).toEqual([]);
    expectSameOrigin(session);
    await session.context.close();
  });

  it('says on both windows when the browser keeps the wall silent, and reads where the show is after one key there', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    // The wall opened and never touched (dragged to the projector): nothing here may look into it before the key,
    // since anything the test runs in a page counts as a gesture there. The presenter window is watched instead.
    await page.goto(`${session.base}#/present/sample`);
    const presenter = await session.context.newPage();
    await presenter.goto(`${session.base}#/present/sample/presenter`);
    await ready(presenter);
    await presenter.keyboard.press('l');
    const sound = presenter.locator('.presenter-narration');
    await sound.getByText('Klik sekali di layar proyektor untuk menyalakan suara').waitFor({ timeout: 15_000 });
    await screenshot(presenter, 'present-presenter-sound-refused-1280');
    await expectAccessible(presenter, 'presenter window, the wall kept silent');
    // Now the wall may be looked into (the room has already been refused): its prompt, labelled and axe clean.
    await page.getByRole('button', { name: 'Klik di sini, atau tekan tombol apa saja, untuk menyalakan suara cerita' }).waitFor();
    await expectAccessible(page, 'the wall asking for a gesture');
    await page.keyboard.press('PageDown');
    // The key turned the sound on and did nothing else: the first balloon of the first panel is read.
    await sound.getByText('Desa di Jawa Timur, sore hari.').waitFor({ timeout: 15_000 });
    await expectOnStage(page, 'warung-1');
    await page.locator('.present-stage [data-balloon="caption"][data-listen="reading"]').waitFor();
    expect(await page.locator('.room-sound-notice').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('keeps working when the projected screen is closed, and a projected screen opened again catches up', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    const presenter = await openPresenter(session);
    await page.close();
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toContain('2 / 3');
    const [room] = await Promise.all([session.context.waitForEvent('page'), presenter.getByRole('link', { name: 'Buka layar proyektor' }).click()]);
    await ready(room);
    await expectOnStage(room, 'warung-2');
    await room.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toContain('3 / 3');
    await session.context.close();
  });

  it('never touches the reader’s own progress or lessons, and resumes after a reload', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await page.goto(`${session.base}#/read/sample`);
    await page.getByRole('img', { name: /Sore hari di warung/ }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('img', { name: /amplop tebal/ }).waitFor();
    const personal = () => page.evaluate(() => [localStorage.getItem('komik-saku/progress'), localStorage.getItem('komik-saku/lessons')]);
    const before = await personal();
    expect(before[0]).toContain('warung-2');

    await present(session);
    await expectOnStage(page, 'warung-1');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await vote(page, 'A'); // teaches a lesson on this path
    await expectOnStage(page, 'disnaker-1');
    await page.keyboard.press('ArrowRight');
    await expectOnStage(page, 'disnaker-2');
    expect(await personal()).toEqual(before);
    expect(await page.evaluate(() => localStorage.getItem('komik-saku/present/sample'))).toContain('disnaker-2');

    await page.reload();
    await ready(page);
    await expectOnStage(page, 'disnaker-2');
    await page.goto(`${session.base}#/read/sample`);
    await page.getByRole('img', { name: /amplop tebal/ }).waitFor();
    expect(await personal()).toEqual(before);
    await session.context.close();
  });
});

describe('on a 1920x1080 projector', () => {
  // Six photographs after the mouse rests and three votes, each with its confirm card: over a minute on a busy machine.
  it('scales the stage, the vote, the ending and the presenter window', { timeout: 120_000 }, async () => {
    const session = await open(browser, FULL_HD);
    const { page } = session;
    await present(session);
    const sizes = await balloonSizes(page);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(42);
    await restMouse(page);
    await screenshot(page, 'present-stage-1920');
    // The key card fits the taller screen whole, its title in view.
    await page.keyboard.press('?');
    const card = page.getByRole('dialog', { name: 'Tombol' });
    await card.waitFor();
    expect(await allInside(page, '.present-help, .present-help h2')).toBe(true);
    expect(await card.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
    await screenshot(page, 'present-help-1920');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await vote(page, 'B');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-choice="go-official"]').waitFor();
    await restMouse(page);
    await screenshot(page, 'present-vote-1920');
    // Refusing Mr Darto leads to Disnaker (the safe path is not locked behind repaying him), then to the vote again.
    await vote(page, 'C');
    await expectOnStage(page, 'disnaker-1');
    await stepToVote(page);
    await page.locator('[data-choice="go-official"]:not([disabled])').waitFor();
    await vote(page, 'A');
    await expectOnStage(page, 'good-1');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Berangkat dengan aman' }).waitFor();
    await restMouse(page);
    await screenshot(page, 'present-ending-1920');
    await page.keyboard.press('ArrowRight');
    await page.locator('.present-lessons-slide [data-lesson="keep-passport"]').waitFor();
    await restMouse(page);
    await screenshot(page, 'present-lessons-1920');
    await page.keyboard.press('o');
    await page.getByRole('dialog', { name: 'Semua halaman' }).waitFor();
    await screenshot(page, 'present-overview-1920');
    await page.keyboard.press('o');
    const presenter = await openPresenter(session);
    await presenter.setViewportSize(FULL_HD);
    await presenter.getByRole('heading', { name: 'Sekarang di layar' }).waitFor();
    await settle(presenter);
    await screenshot(presenter, 'present-presenter-1920');
    await expectAccessible(presenter, 'presenter window at an ending');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
