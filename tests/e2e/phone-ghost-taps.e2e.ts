/**
 * A new screen ignores the gesture that brought it (issue 15): on every choice point of every bundled story, a real
 * touch tap at every height of the panel, forwards into the choice and back into it, shows the choice and makes none;
 * a long press opens the whole page and it stays open after the finger is lifted.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { back, beatOf, type ReadingState } from '../../src/engine';
import type { Story } from '../../src/story/schema';
import { bundledStory, bundledStoryIds } from '../fixtures/bundled-story';
import { choicePoints, type ChoicePoint } from '../support/story-walk';
import { appReady, launch, open, openStoryAt, PHONE } from './browser';

const stories: Story[] = bundledStoryIds().map(bundledStory);
/** Every lesson already learned: a "new lesson" strip appearing (or going after its six seconds) would move the panel between taps. */
const lessonsLearned = Object.fromEntries(
  (JSON.parse(readFileSync('stories/lessons/lessons.json', 'utf8')) as { lessons: { id: string }[] }).lessons.map((lesson) => [
    lesson.id,
    { at: '2026-01-01T00:00:00.000Z', storyId: 'sample' },
  ]),
);

/** The truth of a reading state (the rest is derived from it). */
const place = (state: ReadingState | undefined) => (state ? JSON.stringify({ path: state.path, at: state.at }) : 'none');

const saved = (page: Page, storyId: string) =>
  page.evaluate(
    (id) =>
      (JSON.parse(localStorage.getItem('komik-saku/progress') ?? '{"state":{"saves":{}}}') as { state: { saves: Record<string, ReadingState> } }).state.saves[
        id
      ],
    storyId,
  );

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A phone with the app running at the library, in Indonesian at the smallest text, every lesson already learned. */
async function openPhone() {
  const session = await open(browser, PHONE, { touch: true, serviceWorkers: 'block' });
  await session.page.goto(session.base);
  await session.page.evaluate((lessons) => {
    localStorage.setItem(
      'komik-saku/settings',
      JSON.stringify({ state: { language: 'id', textSize: 0, motion: 'system', highContrast: false, view: 'guided' }, version: 1 }),
    );
    localStorage.setItem('komik-saku/lessons', JSON.stringify({ state: { completed: lessons, cleared: 0 }, version: 1 }));
  }, lessonsLearned);
  await session.page.reload();
  await appReady(session.page);
  return session;
}

/**
 * The heights of the panel now shown, every 70 px: less than a choice card is tall (84 px at the smallest text), so
 * every card of the choice screen that appears lies under at least one tap (every 40 px doubled the run's time).
 */
async function panelHeights(page: Page): Promise<number[]> {
  const box = (await page.locator('.guided-stage > .guided-panel').boundingBox())!;
  const heights: number[] = [];
  for (let y = box.y + 8; y < box.y + box.height - 4; y += 70) heights.push(Math.round(y));
  return heights;
}

/** A real touch tap at (x, y), returning once the click the browser makes of it has landed (or surely will not). */
async function tapAndLand(page: Page, x: number, y: number) {
  await page.evaluate(() => {
    const landed = new Promise<void>((resolve) => {
      addEventListener('click', () => resolve(), { capture: true, once: true });
      // A tap whose release is taken by the page makes no click.
      setTimeout(resolve, 300);
    });
    Object.assign(window, { tapLanded: landed.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))) });
  });
  await page.touchscreen.tap(x, y);
  await page.evaluate(() => (window as unknown as { tapLanded: Promise<void> }).tapLanded);
}

/** The choice is on screen, nothing was chosen, and it stays so now that the click the tap made has landed. */
async function expectChoiceUntouched(page: Page, story: Story, point: ChoicePoint, url: string, what: string) {
  // The reader saves its place as it renders the screen the tap brought: wait for that (a ghost choice never gets there).
  await expect
    .poll(async () => place(await saved(page, story.id)), { message: `${what}: nothing was chosen`, timeout: 1000, interval: 50 })
    .toBe(place(point.at));
  // The choice screen is drawn in a transition, which may commit a little after the place is saved.
  await expect.poll(() => page.locator('#choices-prompt').isVisible(), { message: `${what}: the choice is shown`, timeout: 2000, interval: 50 }).toBe(true);
  expect(place(await saved(page, story.id)), `${what}: still nothing chosen`).toBe(place(point.at));
  expect(page.url(), what).toBe(url);
}

describe('no ghost choices on a touch phone', () => {
  const cases = stories.map((story) => [story.id, story, choicePoints(story)] as const);

  it('every story has its choice points found', () => {
    for (const [id, , points] of cases) expect(points.length, id).toBeGreaterThan(0);
  });

  it.each(cases)('%s: at every choice point, a tap at any height, forwards into the choice or back into it, chooses nothing', async (_id, story, points) => {
    const { page, context } = await openPhone();
    for (const [index, point] of points.entries()) {
      expect(beatOf(story, back(story, point.after)).kind, `${point.scene}: back from the chosen path leads to the choice`).toBe('choices');
      await openStoryAt(page, story.id, point.before, index);
      await page.locator('.guided-stage > .guided-panel').waitFor();
      const url = page.url();
      const heights = await panelHeights(page);
      const cardNamed = page.locator('.choice-card:not(:disabled)').first();
      for (const y of heights) {
        // Forwards: the right of the last panel, where the cards will appear.
        await page.locator('.guided-stage > .guided-panel').waitFor();
        expect(place(await saved(page, story.id))).toBe(place(point.before));
        await tapAndLand(page, 300, y);
        await expectChoiceUntouched(page, story, point, url, `${story.id} ${point.scene}: forward tap at y=${y}`);
        // Back: a deliberate choice, then the left of its first panel.
        await cardNamed.click();
        await page.locator('.guided-stage > .guided-panel').waitFor();
        expect(place(await saved(page, story.id)), 'the deliberate choice counts').toBe(place(point.after));
        await tapAndLand(page, 60, y);
        await expectChoiceUntouched(page, story, point, url, `${story.id} ${point.scene}: back tap at y=${y}`);
        await page.locator('.choices-actions .button-quiet').first().click();
      }
    }
    await context.close();
  });

  it('a long press opens the whole page, which stays open when the finger is lifted, and chooses nothing', async () => {
    const story = stories.find((item) => item.id === 'keluarga-nita') ?? stories[0]!;
    const point = choicePoints(story)[0]!;
    const { page, context } = await openPhone();
    await openStoryAt(page, story.id, point.before, 0);
    await page.locator('.guided-stage > .guided-panel').waitFor();
    const cdp = await context.newCDPSession(page);
    for (const [x, y] of [
      [180, 300],
      [300, 420],
    ] as const) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await page.waitForTimeout(900);
      await expect.poll(() => page.locator('.comic-page').count(), { message: 'the page opens on the hold' }).toBe(1);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(600);
      expect(await page.locator('.comic-page').count(), 'the page stays open after the release').toBe(1);
      expect(place(await saved(page, story.id))).toBe(place(point.before));
      await page.getByRole('button', { name: 'Panel demi panel' }).click();
      await page.locator('.guided-stage > .guided-panel').waitFor();
    }
    await context.close();
  });
});
