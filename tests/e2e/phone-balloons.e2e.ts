/**
 * Balloons appear quickly after a tap (issue 15: they took 0.7 s and 1.15 s), a tap while they appear shows them all
 * at once instead of moving on, and with reduced motion they are simply there.
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

const balloonsOfCurrent = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.guided-stage > .guided-panel .balloon')].map((balloon) => ({
      delay: parseFloat(balloon.style.getPropertyValue('--appear-delay') || '0'),
      appearing: balloon
        .getAnimations()
        .some((animation) => animation instanceof CSSAnimation && animation.animationName === 'balloon-in' && animation.playState === 'running'),
      opacity: getComputedStyle(balloon).opacity,
    })),
  );
const currentPanel = (page: Page) => page.locator('.guided-stage > .guided-panel [data-panel]').getAttribute('data-panel');

async function openSample(page: Page, base: string, motion: 'system' | 'reduce') {
  await page.goto(base);
  await page.evaluate(
    (motion) =>
      localStorage.setItem(
        'komik-saku/settings',
        JSON.stringify({ state: { language: 'id', textSize: 0, motion, highContrast: false, view: 'guided' }, version: 1 }),
      ),
    motion,
  );
  await page.goto(`${base}#/read/sample`);
  await page.reload();
  await appReady(page);
  await page.locator('.guided-stage > .guided-panel').waitFor();
}

describe('balloons on a touch phone', () => {
  it('appear within a quarter second of each other, and a tap while they appear shows them all without moving on', async () => {
    const { page, context, base } = await open(browser, PHONE, { touch: true, serviceWorkers: 'block' });
    await openSample(page, base, 'system');
    // Animations at a tenth of their speed, so a loaded machine still taps while the balloons appear.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.1 });
    const first = await currentPanel(page);
    await page.touchscreen.tap(300, 350);
    await expect.poll(() => currentPanel(page)).not.toBe(first);
    const second = await currentPanel(page);
    const appearing = await balloonsOfCurrent(page);
    expect(appearing.length).toBeGreaterThan(0);
    expect(
      appearing.some((balloon) => balloon.appearing),
      'still appearing just after the tap',
    ).toBe(true);
    const delays = appearing.map((balloon) => balloon.delay);
    for (let index = 1; index < delays.length; index++) expect(delays[index]! - delays[index - 1]!).toBeLessThanOrEqual(0.25);
    await page.touchscreen.tap(300, 350);
    expect(await currentPanel(page), 'the tap showed the balloons, it did not move on').toBe(second);
    const shown = await balloonsOfCurrent(page);
    expect(shown.every((balloon) => !balloon.appearing && balloon.opacity === '1')).toBe(true);
    await page.touchscreen.tap(300, 350);
    await expect.poll(() => currentPanel(page), { message: 'the next tap moves on' }).not.toBe(second);
    await context.close();
  });

  it('are simply there with reduced motion', async () => {
    const { page, context, base } = await open(browser, PHONE, { touch: true, serviceWorkers: 'block' });
    await openSample(page, base, 'reduce');
    const first = await currentPanel(page);
    await page.touchscreen.tap(300, 350);
    await expect.poll(() => currentPanel(page)).not.toBe(first);
    const balloons = await balloonsOfCurrent(page);
    expect(balloons.length).toBeGreaterThan(0);
    expect(balloons.every((balloon) => !balloon.appearing && balloon.opacity === '1')).toBe(true);
    await context.close();
  });
});
