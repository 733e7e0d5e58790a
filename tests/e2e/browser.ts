/** Debian's Chromium driven by playwright-core, at the sizes the readers use, recording every request. */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const PHONE = { width: 360, height: 740 };
export const PROJECTOR = { width: 1280, height: 720 };
export const SCREENS_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'screens');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  base: string;
  /** Every URL the page requested. */
  requests: string[];
  errors: string[];
}

export async function open(browser: Browser, viewport = PHONE, options: { reducedMotion?: 'reduce' | 'no-preference'; serviceWorkers?: 'allow' | 'block' } = {}): Promise<Session> {
  const base = inject('baseUrl');
  const context = await browser.newContext({ viewport, reducedMotion: options.reducedMotion ?? 'no-preference', deviceScaleFactor: 1, serviceWorkers: options.serviceWorkers ?? 'allow' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, base, requests, errors };
}

/**
 * Waits until the app has taken over the page: a first visit first shows the page's own HTML of the same screen
 * (first-screen.e2e.ts), whose buttons do nothing until then.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await settle(page);
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`) });
}

/** axe with the WCAG 2.1 AA rules; fails with the list of violations. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await settle(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const found = result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')})`);
  expect(found, `axe on ${where}`).toEqual([]);
}

/** Waits for animations to finish, so what is checked or photographed is what a reader sees at rest. */
export async function settle(page: Page): Promise<void> {
  // Effects may start an animation just after a screen appears (a lesson celebrated on reaching an ending).
  await page.waitForTimeout(300);
  // framer-motion animates some values from script, so also wait until nothing is part-way through a fade.
  await page.waitForFunction(
    () =>
      document.getAnimations().every((animation) => animation.playState !== 'running') &&
      [...document.querySelectorAll<HTMLElement>('[style*="opacity"]')].every((element) => ['0', '1', ''].includes(element.style.opacity)),
    undefined,
    { timeout: 10_000, polling: 100 },
  );
  await page.waitForTimeout(250);
}

export function expectSameOrigin(session: Session): void {
  const origin = new URL(session.base).origin;
  const foreign = session.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
}
