/**
 * Each story's readings (tests/playthroughs) on a 360x740 touch phone, tapped through with real touches to their
 * endings: the planned choices are offered and taken, every panel is clean (balloons and tails inside it,
 * whole-worded, apart from each other), the planned ending comes and its lessons are recorded.
 * Reduced motion: how panels move in is other tests' concern; here, what each panel and the path show.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playthroughs } from '../support/playthroughs';
import { appReady, expectSameOrigin, launch, open, PHONE, problemsInComic, settle } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A finger's tap in the middle of the element (CDP touch events, as a phone sends them). */
async function tap(page: Page, selector: string) {
  // A new screen ignores taps until the finger that brought it is up and a short guard has passed (no ghost choices).
  await page.locator('.reader-main:not([data-waking])').waitFor();
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`nothing at ${selector}`);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** Balloons of the panel on screen that cover one another. */
const overlapping = (page: Page) =>
  page.locator('.guided-panel .balloon').evaluateAll((nodes) => {
    const boxes = nodes.map((node) => ({ name: (node as HTMLElement).dataset.balloon, box: node.getBoundingClientRect() }));
    const found: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1)
          found.push(`${a.name} / ${b.name}`);
    return found;
  });

/** What is on screen: a panel, the choice, or the ending. */
const screen = (page: Page) =>
  page.evaluate(() => {
    const ending = document.querySelector<HTMLElement>('[data-ending]');
    if (ending) return { kind: 'ending', id: ending.dataset.ending! };
    if (document.querySelector('.choice-card')) return { kind: 'choices', id: '' };
    return { kind: 'panel', id: document.querySelector<HTMLElement>('.guided-stage > .guided-panel [data-panel]')?.dataset.panel ?? '' };
  });

/** Each plan's first reading (the engine plays them all: tests/unit/playthroughs.test.ts; every panel of every path is laid out at every size by phone-text-fit.e2e.ts). */
const firstReadings = playthroughs.map(({ story, readings: [first] }) => ({ story, ...first! }));

describe('every story read on a phone', () => {
  it.each(firstReadings)('$story: $name, every panel clean', async ({ story, choices, ending, panels, lessons }) => {
    const session = await open(browser, PHONE, { touch: true, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const { page } = session;
    await page.goto(`${session.base}#/read/${story}`);
    await appReady(page);
    const left = [...choices];
    const seen = new Set<string>();
    const problems: string[] = [];
    for (let step = 0; step < 200; step++) {
      await page.locator('.guided-stage > .guided-panel [data-panel], .choice-card, [data-ending]').first().waitFor();
      const now = await screen(page);
      if (now.kind === 'ending') break;
      if (now.kind === 'choices') {
        const choice = left.shift();
        await tap(page, `.choice-card[data-choice="${choice}"]:not(:disabled)`);
        await page.locator('.choice-card').first().waitFor({ state: 'detached' });
        continue;
      }
      seen.add(now.id);
      // Words whole, balloons and tails in the panel, every tail on its speaker, no balloon over another.
      const look = async () => [
        ...(await problemsInComic(page, '.guided-stage > .guided-panel')),
        ...(await overlapping(page)).map((pair) => `${now.id}: ${pair} overlap`),
      ];
      // Balloons are placed once measured, a frame or two after the panel shows: a problem must outlast that.
      let found = await look();
      if (found.length > 0) found = await settle(page).then(look);
      problems.push(...found);
      await tap(page, '.step-next');
      await page.waitForFunction((panel) => document.querySelector<HTMLElement>('.guided-stage > .guided-panel [data-panel]')?.dataset.panel !== panel, now.id);
    }
    expect(await screen(page)).toEqual({ kind: 'ending', id: ending });
    expect(left, 'every planned choice was offered and taken').toEqual([]);
    expect(problems).toEqual([]);
    expect(seen.size).toBe(panels);
    const recorded = await page.evaluate(() =>
      Object.keys((JSON.parse(localStorage.getItem('komik-saku/lessons') ?? '{"state":{"completed":{}}}') as { state: { completed: object } }).state.completed),
    );
    expect(recorded.sort()).toEqual([...lessons].sort());
    expectSameOrigin(session);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
