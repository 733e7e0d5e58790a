/**
 * A reader can zoom into a panel and into the whole page with two fingers (issue 15): nothing in the page forbids it
 * (the viewport, touch-action), and a real pinch on a 360x740 touch phone enlarges the view, without moving on. On the
 * whole page a double tap zooms into the point tapped and another zooms out; a single tap still acts, once no second came.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, launch, open, PHONE } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Two fingers on the screen moving apart (CDP touch events, as a phone sends them); the page's zoom after it. */
async function openSample(page: Page, base: string, view: string) {
  await page.goto(base);
  await page.evaluate(
    (view) =>
      localStorage.setItem(
        'komik-saku/settings',
        JSON.stringify({ state: { language: 'id', textSize: 0, motion: 'reduce', highContrast: false, view }, version: 1 }),
      ),
    view,
  );
  await page.goto(`${base}#/read/sample`);
  await page.reload();
  await appReady(page);
}

async function pinch(page: Page, x: number, y: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: x - spread, y, id: 0 },
              { x: x + spread, y, id: 1 },
            ],
    });
  await touch('touchStart', 30);
  for (let step = 1; step <= 10; step++) {
    await touch('touchMove', 30 + step * 10);
    await page.waitForTimeout(20);
  }
  await touch('touchEnd', 0);
  await page.waitForTimeout(400);
  return page.evaluate(() => window.visualViewport!.scale);
}

describe('zoom on a touch phone', () => {
  it.each(['guided', 'page'])('a pinch zooms the %s view, and the reader stays where they were', async (view) => {
    const { page, context, base } = await open(browser, PHONE, { touch: true, serviceWorkers: 'block' });
    await openSample(page, base, view);
    const stage = page.locator(view === 'guided' ? '.guided-stage' : '.page-stage');
    await stage.waitFor();
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0*)?\b/);
    const touchAction = await stage.evaluate((element) => getComputedStyle(element).touchAction);
    expect(['auto', 'manipulation'].includes(touchAction) || touchAction.includes('pinch-zoom'), `touch-action: ${touchAction}`).toBe(true);
    const panel = await page.locator('[data-panel]').first().getAttribute('data-panel');
    expect(await pinch(page, 180, 330)).toBeGreaterThan(1.5);
    expect(await page.locator('[data-panel]').first().getAttribute('data-panel')).toBe(panel);
    await context.close();
  });

  it('a double tap zooms the whole page into the point tapped, another zooms out, and a single tap still goes back to panel by panel', async () => {
    const { page, context, base } = await open(browser, PHONE, { touch: true, serviceWorkers: 'block' });
    await openSample(page, base, 'page');
    await page.locator('.page-panel-pick').first().waitFor();
    const [x, y] = [250, 480];
    const pageWidth = () => page.locator('.comic-page').evaluate((element) => element.getBoundingClientRect().width);
    const panelUnder = () =>
      page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.page-panel')?.querySelector('[data-panel]')?.getAttribute('data-panel'), { x, y });
    const doubleTap = async () => {
      await page.touchscreen.tap(x, y);
      await page.touchscreen.tap(x, y);
    };
    const width = await pageWidth();
    const panel = await panelUnder();
    expect(panel).toBeTruthy();
    await doubleTap();
    await expect.poll(pageWidth, { message: 'the page is zoomed in' }).toBeGreaterThan(width * 2);
    expect(await panelUnder(), 'the point tapped stays under the finger').toBe(panel);
    // Past the double-tap window the page is still shown: neither tap opened the panel.
    await page.waitForTimeout(500);
    expect(await page.locator('.comic-page').count()).toBe(1);
    await doubleTap();
    await expect.poll(pageWidth, { message: 'the page is zoomed out' }).toBeCloseTo(width, 0);
    // A single tap on the page does what it did before double taps zoomed: back to panel by panel.
    await page.touchscreen.tap(x, y);
    await page.locator('.guided-stage > .guided-panel').waitFor();
    await context.close();
  });
});
