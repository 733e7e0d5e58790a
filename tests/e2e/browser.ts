/** Debian's Chromium driven by playwright-core, at the sizes the readers use, recording every request. */
import type { AxeResults } from 'axe-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject, onTestFinished } from 'vitest';
import type { ReadingState } from '../../src/engine';
import { TEXT_SIZES } from '../../src/store/settings';
import { launchChromium } from '../../tools/chromium';
import { bundledStory, bundledStoryIds } from '../fixtures/bundled-story';

export const PHONE = { width: 360, height: 740 };
export const PROJECTOR = { width: 1280, height: 720 };
export const SCREENS_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'screens');
/**
 * `KOMIK_LOOK=1 npm run test:e2e` writes the screens and the printed pages as PNGs to look at (test-results/). They
 * assert nothing, so a plain run (CI) skips them: about 60 screenshots and 14 PDFs' pages are CPU it does not need.
 */
export const LOOK = process.env.KOMIK_LOOK === '1';

export function launch(): Promise<Browser> {
  return launchChromium();
}

export interface Session {
  context: BrowserContext;
  page: Page;
  base: string;
  /** Every URL the page requested. */
  requests: string[];
  errors: string[];
}

/**
 * `touch`: a phone with a touch screen (taps arrive as touch events, not mouse clicks). `locale`: the phone's language,
 * Indonesian unless said (a first start speaks it). The browser context is closed when the test ends, passed or failed
 * (a failed test's pages would go on animating under the next tests); `closedBy: 'caller'` for a concurrent test,
 * which closes it in its own `finally` (vitest cannot tell which of the tests running at once opened it).
 */
export async function open(
  browser: Browser,
  viewport = PHONE,
  options: {
    reducedMotion?: 'reduce' | 'no-preference';
    serviceWorkers?: 'allow' | 'block';
    touch?: boolean;
    locale?: string;
    closedBy?: 'test' | 'caller';
  } = {},
): Promise<Session> {
  const base = inject('baseUrl');
  const touch = options.touch ? { hasTouch: true, isMobile: true } : {};
  const context = await browser.newContext({
    viewport,
    locale: options.locale ?? 'id-ID',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    deviceScaleFactor: 1,
    serviceWorkers: options.serviceWorkers ?? 'allow',
    ...touch,
  });
  if (options.closedBy !== 'caller') onTestFinished(() => context.close());
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A failed load names its address, so a failure on CI says which file it was.
    if (message.type() === 'error') errors.push([message.text(), message.location().url].filter(Boolean).join(' '));
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
  if (!LOOK) return;
  await settle(page);
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`) });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/**
 * axe with the WCAG 2.1 AA rules; fails with the list of violations. axe is put into a page once and run there, and only
 * violations are described: @axe-core/playwright put it in again at every check and finished each run in a new blank
 * page, 1.4–10 s a check against 0.2–0.9 s this way (measured side by side under load, 2026-12-03). The app has no
 * frames, so axe does not look for any.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false })
        .then((result) => result.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }))),
    AXE_TAGS,
  );
  const found = violations.map(({ id, help, targets }) => `${id}: ${help} (${targets.slice(0, 3).join(' | ')})`);
  expect(found, `axe on ${where}`).toEqual([]);
}

/**
 * Waits until the screen is at rest, so what is checked or photographed is what a reader sees: no animation running,
 * no fade part-way (framer-motion animates some values from script), and nothing in the page changed for 200 ms (an
 * effect may start an animation just after a screen appears, as a lesson celebrated on reaching an ending).
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const QUIET_MS = 200;
        const moving = () =>
          document.getAnimations().some((animation) => animation.playState === 'running') ||
          [...document.querySelectorAll<HTMLElement>('[style*="opacity"]')].some((element) => !['0', '1', ''].includes(element.style.opacity));
        let changed = performance.now();
        const changes = new MutationObserver(() => (changed = performance.now()));
        changes.observe(document.documentElement, { attributes: true, childList: true, subtree: true, characterData: true });
        // A page that never rests (a ticking timer on screen) is looked at after 5 s all the same.
        const started = performance.now();
        const look = () => {
          if (moving()) changed = performance.now();
          const now = performance.now();
          if (now - changed >= QUIET_MS || now - started > 5000) {
            changes.disconnect();
            resolve();
          } else setTimeout(look, 50);
        };
        look();
      }),
  );
}

/**
 * Waits until every balloon on screen has appeared (they come in one after another after a panel). The guided view's
 * unseen neighbours (aria-hidden) keep theirs hidden until their turn.
 */
export async function balloonsShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.balloon')]
        .filter((balloon) => !balloon.closest('[aria-hidden="true"]'))
        .every((balloon) => getComputedStyle(balloon).opacity === '1'),
    undefined,
    { polling: 50 },
  );
}

/**
 * The mouse comes to rest at `at` (by default the wall's corner), and the wall then hides the pointer and its toolbar:
 * the page's clock is moved on past the wall's 3 s instead of waiting for it. The first call installs Playwright's
 * clock; the mouse's move starts the wall's rest timer on that clock.
 */
/** Pages whose clock Playwright has taken over. */
const clocked = new WeakSet<Page>();

export async function restMouse(page: Page, at?: { x: number; y: number }): Promise<void> {
  if (!clocked.has(page)) {
    await page.clock.install();
    clocked.add(page);
  }
  const { x, y } = at ?? (await page.evaluate(() => ({ x: innerWidth - 3, y: innerHeight - 3 })));
  await page.mouse.move(x - 1, y - 1);
  await page.mouse.move(x, y);
  await page.clock.fastForward(3100);
  await page.locator('.present-idle').waitFor({ state: 'attached' });
  await settle(page);
}

export function expectSameOrigin(session: Session): void {
  const origin = new URL(session.base).origin;
  const foreign = session.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
}

/**
 * Where each tail's point was drawn, by "<story>/<panel>/<balloon>" (panel IDs are only unique within a story: three
 * stories have a disnaker-1), in fractions of its panel: who is speaking.
 */
const AUTHORED_TAILS: Record<string, { x: number; y: number }> = Object.fromEntries(
  bundledStoryIds().flatMap((id) =>
    bundledStory(id)
      .scenes.flatMap((scene) => scene.pages.flatMap((page) => page.panels))
      .flatMap((panel) => panel.balloons.flatMap((balloon) => (balloon.tail ? [[`${id}/${panel.id}/${balloon.id}`, balloon.tail] as const] : []))),
  ),
);

/**
 * The tails in `scope` whose point is more than 3 px from where the author drew it: a balloon grown or moved by larger
 * text must still point at its speaker. Panels waiting unseen (aria-hidden) are left out.
 */
export function tailsOffSpeaker(page: Page, scope: string): Promise<string[]> {
  return page.evaluate(
    ({ scope, tails }) => {
      const problems: string[] = [];
      for (const panel of document.querySelectorAll<HTMLElement>(`${scope} .panel`)) {
        if (panel.closest('[aria-hidden="true"]')) continue;
        const layer = panel.querySelector('.balloon-layer')!.getBoundingClientRect();
        for (const wedge of panel.querySelectorAll('.balloon-tail path')) {
          const balloon = wedge.closest<HTMLElement>('.balloon')!;
          const name = `${panel.dataset.panel}/${balloon.dataset.balloon}`;
          // The story is the one the address opens: #/read/<story>, #/present/<story>, #/print/<story>.
          const story = decodeURIComponent(location.hash.split(/[/?]/)[2] ?? '');
          const drawn = tails[`${story}/${name}`];
          if (!drawn) throw new Error(`no authored tail for ${story}/${name}`);
          // The wedge's middle point (M base L tip L base, in the tail's 0..1 box) against the authored point.
          const box = wedge.closest('svg')!.getBoundingClientRect();
          const [, , x, y] = wedge
            .getAttribute('d')!
            .match(/-?[\d.]+/g)!
            .map(Number);
          const off = Math.hypot(
            box.left + x! * box.width - (layer.left + drawn.x * layer.width),
            box.top + y! * box.height - (layer.top + drawn.y * layer.height),
          );
          if (off > 3) problems.push(`${name}: the tail points ${Math.round(off)} px from the speaker`);
        }
      }
      return problems;
    },
    { scope, tails: AUTHORED_TAILS },
  );
}

/**
 * What a reader or a wall must never see of a comic, in the panels under `scope`: a word split over two lines, a
 * balloon or a tail running out of its panel, or a tail that, its balloon grown by larger text, points somewhere other
 * than where the author drew it.
 */
export const problemsInComic = async (page: Page, scope: string): Promise<string[]> => [
  ...(await page.evaluate((scope) => {
    const problems: string[] = [];
    for (const panel of document.querySelectorAll<HTMLElement>(`${scope} .panel`)) {
      const frame = panel.getBoundingClientRect();
      for (const balloon of panel.querySelectorAll<HTMLElement>('.balloon')) {
        const name = `${panel.dataset.panel}/${balloon.dataset.balloon}`;
        // A sound effect stays on one line and may reach past its box: its letters count, not the box.
        const letters = document.createRange();
        letters.selectNodeContents(balloon.querySelector('.balloon-text') ?? balloon);
        const sound = balloon.classList.contains('balloon-sfx') ? [letters.getBoundingClientRect()] : [];
        const shapes = [balloon, ...balloon.querySelectorAll('.balloon-tail > *')].map((shape) => shape.getBoundingClientRect()).concat(sound);
        if (shapes.some((box) => box.bottom > frame.bottom + 2 || box.top < frame.top - 2 || box.left < frame.left - 2 || box.right > frame.right + 2))
          problems.push(`${name} leaves the panel`);
        const text = balloon.querySelector('.balloon-text');
        if (!text) continue;
        const nodes = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
        for (let node = nodes.nextNode(); node; node = nodes.nextNode()) {
          // A phone number (digit groups joined by spaces or hyphens, with its full stop) counts as one word.
          for (const word of (node.textContent ?? '').matchAll(/\+?\d+(?:[ -]\d+)+\.?|[^\s\-/]+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index);
            range.setEnd(node, word.index + word[0].length);
            if (new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size > 1) problems.push(`${name}: "${word[0]}" broken`);
          }
        }
      }
    }
    return problems;
  }, scope)),
  ...(await tailsOffSpeaker(page, scope)),
];

/** The reader's settings as the tests store them: a language and a text size, guided view, no motion, no high contrast. */
export const readerSettings = (language: string, textSize: number) =>
  JSON.stringify({ state: { language, textSize, motion: 'reduce', highContrast: false, view: 'guided' }, version: 1 });

/** Stores the reader's settings as another tab would: the stores follow storage events, so the page needs no reload. */
export const storeReaderSettings = (page: Page, language: string, textSize: number) =>
  page.evaluate(
    (settings) => {
      localStorage.setItem('komik-saku/settings', settings);
      window.dispatchEvent(new StorageEvent('storage', { key: 'komik-saku/settings' }));
    },
    readerSettings(language, textSize),
  );

/**
 * Changes the reader's settings as another tab would (storeReaderSettings, in the page: no reload per size), then
 * waits in the page until the panel shows them and its layout has stopped changing: the fit is decided before paint,
 * and balloons moved below the ones they would cover are measured once laid out, a frame or two later.
 */
export const applyReaderSettings = (page: Page, language: string, size: number) =>
  page.evaluate(
    async ({ language, settings, scale }) => {
      if (localStorage.getItem('komik-saku/settings') !== settings) {
        localStorage.setItem('komik-saku/settings', settings);
        window.dispatchEvent(new StorageEvent('storage', { key: 'komik-saku/settings' }));
      }
      const layout = () => {
        const panel = document.querySelector<HTMLElement>('.guided-stage > .guided-panel');
        if (
          !panel ||
          document.documentElement.lang !== language ||
          panel.style.getPropertyValue('--text-scale') !== scale ||
          document.fonts.status !== 'loaded'
        )
          return null;
        const boxes = [...panel.querySelectorAll('.balloon, .balloon-tail')].map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return [x, y, width, height].map(Math.round).join();
        });
        return `${panel.className} ${boxes.join(' ')}`;
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // The same layout over three frames in a row: settled.
      for (let same = 0, last = layout(), started = performance.now(); same < 3 && performance.now() - started < 10_000;) {
        await frame();
        const now = layout();
        same = now !== null && now === last ? same + 1 : 0;
        last = now;
      }
    },
    { language, settings: readerSettings(language, size), scale: String(TEXT_SIZES[size]) },
  );

/**
 * Opens a story at a place without a reload (a reload per place was half a test's time), in a page where the app runs:
 * the place is saved as another tab would save it, with a revision newer than any step read since (`index`: the how
 * manyth place this page opens, counted from 0), so the reader's store takes it, and the reader goes to the library
 * and back into the story, where it restores that place.
 */
export async function openStoryAt(page: Page, storyId: string, state: ReadingState, index: number) {
  await page.evaluate(
    ({ id, state, revision }) => {
      localStorage.setItem(
        'komik-saku/progress',
        JSON.stringify({ state: { saves: { [id]: state }, endings: {}, revisions: { [id]: revision } }, version: 1 }),
      );
      window.dispatchEvent(new StorageEvent('storage', { key: 'komik-saku/progress' }));
      location.hash = '#/';
    },
    { id: storyId, state, revision: 1e13 + index * 1e6 },
  );
  await page.waitForFunction(() => !document.querySelector('.reader'));
  await page.evaluate((id) => {
    location.hash = `#/read/${id}`;
  }, storyId);
}
