/**
 * Janji di Dermaga on a 360x740 touch phone: three readings that between them show every panel of the story, tapped
 * through with real touches to each ending. On every panel the balloons stay inside it, whole-worded, apart from
 * each other, with their tails where the author aimed them (at the speaker, short of the face).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, expectSameOrigin, launch, open, PHONE, problemsInComic } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A finger's tap in the middle of the element (CDP touch events, as a phone sends them). */
async function tap(page: Page, name: RegExp) {
  // A new screen ignores taps until the finger that brought it is up and a short guard has passed (no ghost choices).
  await page.locator('.reader-main:not([data-waking])').waitFor();
  const box = await page.getByRole('button', { name }).first().boundingBox();
  if (!box) throw new Error(`no button ${name}`);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** Balloons of the panel on screen that cover one another. */
const overlapping = (page: Page) =>
  page.locator('.guided-panel .balloon').evaluateAll((nodes) => {
    const boxes = nodes.map((node) => ({ name: (node as HTMLElement).dataset.balloon, box: node.getBoundingClientRect() }));
    const found: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1) found.push(`${a.name} / ${b.name}`);
    return found;
  });

const READINGS = [
  { name: 'the official route', choices: [/Cek dulu ke kantor desa/, /Tetap lewat jalur resmi/], ending: 'Di kapal, lewat jalur resmi', panels: 34 },
  { name: 'with the uncle after checking, then asking for help', choices: [/Cek dulu ke kantor desa/, /Ikut Paman: takut/, /Kabari Inaq/], ending: 'Pulang, pelan-pelan', panels: 41 },
  { name: 'with the uncle straight away, then silence', choices: [/Ikut Paman Hasan saja/, /Diam saja/], ending: 'Masih di laut', panels: 24 },
];

describe('Janji di Dermaga on a phone', () => {
  it.each(READINGS)('reads $name to its ending, every panel clean', async ({ choices, ending, panels }) => {
    const session = await open(browser, PHONE, { touch: true });
    const { page } = session;
    await page.goto(`${session.base}#/read/awak-kapal`);
    await appReady(page);
    const left = [...choices];
    const seen: string[] = [];
    const problems: string[] = [];
    for (let step = 0; step < 80; step++) {
      if (await page.getByRole('heading', { name: ending }).count()) break;
      const option = left[0];
      if (option && (await page.getByRole('button', { name: option }).count())) {
        await tap(page, option);
        left.shift();
        continue;
      }
      const panel = page.locator('.guided-panel [data-panel]').first();
      await panel.waitFor();
      // The panel and its balloons have come in (a CSS animation each, delays included).
      await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'), undefined, { polling: 'raf' });
      seen.push((await panel.getAttribute('data-panel')) ?? '?');
      problems.push(...(await problemsInComic(page, '.guided-panel')), ...(await overlapping(page)).map((pair) => `${seen.at(-1)}: ${pair} overlap`));
      await tap(page, /Lanjut/);
    }
    await page.getByRole('heading', { name: ending }).waitFor();
    expect(left).toEqual([]);
    expect(problems).toEqual([]);
    expect(new Set(seen).size).toBe(panels);
    expectSameOrigin(session);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
