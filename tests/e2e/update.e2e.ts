/**
 * A new version while a youth is reading: version A is served, the reader reads to a panel, then version B is
 * served at the same address. The app announces it and waits (no reload by surprise); accepting reloads into B
 * with the reader at the same panel. A second tab, left on A after the first accepted, recovers when it next opens a
 * screen whose files are gone: it reloads into B at that address, instead of an error.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, expectAccessible, launch, open, screenshot } from './browser';
import { buildInto, freePort, ROOT, serve } from './servers';

/** Version A is the app the other browser tests run (the global setup's build); B is built here. */
const A = join(ROOT, 'dist');
const versionA = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let browser: Browser;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'komik-saku-update-'));
  await buildInto(join(folder, 'b'), '0.1.0-b');
  browser = await launch();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('updating to a new version', () => {
  it('announces version B, reloads only when accepted, and keeps the reader at the same panel', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/`;
    let server: PreviewServer | null = await serve(port, A);
    try {
      const session = await open(browser);
      const { page } = session;
      session.base = base;
      await page.goto(`${base}#/read/sample`);
      await appReady(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000, polling: 100 });
      await page.getByRole('button', { name: 'Lanjut' }).click();
      await page.getByRole('img', { name: /amplop tebal/ }).waitFor();

      // The server is down for a moment while B replaces A: a picture or screen the reader fetches ahead in that
      // moment fails to load (as it would offline). That is the test's doing, not the app's, so only it is let pass.
      const beforeGap = session.errors.length;
      await server.close();
      server = await serve(port, join(folder, 'b'));
      const inGap = session.errors.splice(beforeGap);
      expect(inGap.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
      // Marks this page: a reload would lose the mark.
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      const accept = page.getByRole('button', { name: 'Perbarui' });
      await accept.waitFor({ timeout: 30_000 });
      await page.getByText('Ada versi baru Komik Saku').waitFor();
      await screenshot(page, 'update-prompt-reading');
      await expectAccessible(page, 'update prompt');
      // The new version waits for the reader: nothing reloads while the prompt is up.
      await page.waitForTimeout(1500);
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
      await page.getByRole('img', { name: /amplop tebal/ }).waitFor();

      await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), accept.click()]);
      await page.getByRole('img', { name: /amplop tebal/ }).waitFor();
      expect(await page.evaluate(() => 'sameDocument' in window)).toBe(false);
      expect(await page.getByRole('img', { name: /amplop tebal/ }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Perbarui' }).count()).toBe(0);

      await page.goto(`${base}#/settings`);
      await page.getByText('Versi 0.1.0-b').waitFor();
      expect(session.errors).toEqual([]);
      await session.context.close();
    } finally {
      await server?.close();
    }
  });

  it('can be put off: "Later" hides the prompt and the reader goes on reading', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/`;
    let server: PreviewServer | null = await serve(port, A);
    try {
      const session = await open(browser);
      const { page } = session;
      await page.goto(base);
      await page.locator('.story-card h2').first().waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000, polling: 100 });
      await server.close();
      server = await serve(port, join(folder, 'b'));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      await page.getByRole('button', { name: 'Nanti saja' }).waitFor({ timeout: 30_000 });
      await screenshot(page, 'update-prompt-library');
      await page.getByRole('button', { name: 'Nanti saja' }).click();
      expect(await page.getByRole('button', { name: 'Perbarui' }).count()).toBe(0);
      await page.goto(`${base}#/settings`);
      await page.getByText(`Versi ${versionA}`, { exact: true }).waitFor();
      await session.context.close();
    } finally {
      await server?.close();
    }
  });

  it('a tab left on the old version, after another tab accepted, reloads into the new one at the screen it opens', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/`;
    let server: PreviewServer | null = await serve(port, A);
    try {
      const session = await open(browser);
      const { page: old, context } = session;
      await old.goto(`${base}#/read/sample`);
      await appReady(old);
      await old.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000, polling: 100 });
      await old.getByRole('button', { name: 'Lanjut' }).click();
      await old.getByRole('img', { name: /amplop tebal/ }).waitFor();
      const other = await context.newPage();
      await other.goto(base);
      await other.locator('.story-card h2').first().waitFor();

      await server.close();
      server = await serve(port, join(folder, 'b'));
      await other.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      await Promise.all([other.waitForEvent('load', { timeout: 30_000 }), other.getByRole('button', { name: 'Perbarui' }).click({ timeout: 30_000 })]);
      await other.goto(`${base}#/settings`);
      await other.getByText('Versi 0.1.0-b').waitFor();

      // The old tab still runs version A; the settings screen's file of A is gone from the server and the cache.
      await old.bringToFront();
      await old.evaluate(() => Object.assign(window, { sameDocument: true }));
      await old.evaluate(() => (window.location.hash = '#/settings'));
      await old.getByText('Versi 0.1.0-b').waitFor({ timeout: 30_000 });
      expect(await old.evaluate(() => 'sameDocument' in window)).toBe(false);
      expect(await old.getByText('Maaf, ada yang salah').count()).toBe(0);
      // The reader's place was kept through the reload.
      await old.evaluate(() => (window.location.hash = '#/read/sample'));
      await old.getByRole('img', { name: /amplop tebal/ }).waitFor();
      await context.close();
    } finally {
      await server?.close();
    }
  });
});
