/**
 * Large text never breaks a panel (issue 15): at every text size in each bundled story's own language (the largest
 * in its translations), on every panel a path reaches, guided view on a 360x740 phone and on a 740x360 one
 * on its side shows no word split over two lines, no balloon out of its panel or off the screen, under the bars: a
 * panel whose text cannot fit over the art
 * shows it below (or beside) the art instead. Held sideways at the largest text, every option of every choice is in
 * sight without scrolling: a reader who sees one option does not know there is another below the screen.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { beatOf, next } from '../../src/engine';
import type { Story } from '../../src/story/schema';
import { bundledStory, bundledStoryIds } from '../fixtures/bundled-story';
import { choicePoints, sceneStarts } from '../support/story-walk';
import { applyReaderSettings, appReady, launch, open, openStoryAt, PHONE, problemsInComic, storeReaderSettings } from './browser';

const STORIES = join(import.meta.dirname, '..', '..', 'stories');
const SIDEWAYS = { width: 740, height: 360 };
const stories = bundledStoryIds().map((id) => {
  const story = bundledStory(id);
  const translations = existsSync(join(STORIES, id, 'i18n')) ? readdirSync(join(STORIES, id, 'i18n')).map((file) => file.replace(/\.json$/, '')) : [];
  return { story, languages: [story.language, ...translations] };
});

/** Balloons not wholly on the screen between the reader's bars, nor reachable by scrolling there. */
const offScreen = (page: Page) =>
  page.evaluate(() => {
    const top = document.querySelector('.reader-progress')!.getBoundingClientRect().bottom;
    const bottom = document.querySelector('.reader-steps')!.getBoundingClientRect().top;
    return [...document.querySelectorAll<HTMLElement>('.guided-stage > .guided-panel .balloon')].flatMap((balloon) => {
      const box = balloon.getBoundingClientRect();
      const name = `${balloon.closest<HTMLElement>('[data-panel]')!.dataset.panel}/${balloon.dataset.balloon}`;
      // Below the bars is fine only where the reader can scroll to it (a long text below the art scrolls). Any overflow
      // scrolls, however small: a balloon 1.06 px past the bar, in a stage that scrolls by that pixel, is within reach.
      const scrolls = (element: Element | null): boolean =>
        element !== null &&
        ((/auto|scroll/.test(getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight) || scrolls(element.parentElement));
      const off = box.left < -1 || box.right > window.innerWidth + 1 || ((box.top < top - 1 || box.bottom > bottom + 1) && !scrolls(balloon.parentElement));
      return off ? [`${name} is off the screen`] : [];
    });
  });

/** Every panel of a story's paths, in every language (sizes: see below; sideways only the largest text). */
async function storyProblems(browser: Browser, story: Story, languages: string[], viewport: typeof PHONE) {
  const { page, context, base } = await open(browser, viewport, { touch: true, serviceWorkers: 'block', closedBy: 'caller' });
  try {
    return await panelProblems(page, base, story, languages, viewport);
  } finally {
    await context.close();
  }
}

async function panelProblems(page: Page, base: string, story: Story, languages: string[], viewport: typeof PHONE) {
  // Held sideways the text sits beside the art at every size, and the largest is the one that overflows.
  // Upright, the story's own language at every size and its translations at the largest; sideways, its own language at
  // the largest (CI's time). The own language goes from the largest to the smallest, so the step to a translation (and
  // back, on the next panel) jumps two sizes and the language at once, as a reader changing settings while reading may.
  const sizes = (language: string) =>
    viewport.width > viewport.height ? (language === story.language ? [2] : []) : language === story.language ? [2, 1, 0] : [2];
  const settings = languages.flatMap((language) => sizes(language).map((size) => ({ language, size })));
  const problems: string[] = [];
  let panels = 0;
  const scenes = sceneStarts(story);
  await page.goto(base);
  await appReady(page);
  for (const [index, first] of scenes.entries()) {
    await openStoryAt(page, story.id, first, index);
    for (
      let state = first, beat = beatOf(story, state);
      beat.kind === 'panel' && beat.sceneId === first.path.at(-1)!.scene;
      state = next(story, state), beat = beatOf(story, state)
    ) {
      await page.locator(`.guided-stage > .guided-panel [data-panel="${beat.panelId}"]`).waitFor();
      // Every other panel goes through the settings backwards: it starts with the ones the panel before ended on.
      for (const { language, size } of panels % 2 === 0 ? settings : settings.toReversed()) {
        await applyReaderSettings(page, language, size);
        // Tails are text-size.e2e.ts's concern; here: words, panels and the screen.
        const [comic, screen] = await Promise.all([problemsInComic(page, '.guided-stage > .guided-panel'), offScreen(page)]);
        problems.push(
          ...[...comic.filter((problem) => !problem.includes('the tail points')), ...screen].map((problem) => `${language} size ${size}: ${problem}`),
        );
      }
      panels++;
      await page.keyboard.press('ArrowRight');
    }
  }
  return { problems, panels, scenes: scenes.length };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Two stories at a time, each in its own page (Chromium renders each in its own process): one's waits overlap the other's work. */
const lanes = { free: 2, waiting: [] as (() => void)[] };
async function inLane<T>(work: () => Promise<T>): Promise<T> {
  if (lanes.free === 0) await new Promise<void>((resolve) => lanes.waiting.push(resolve));
  else lanes.free--;
  try {
    return await work();
  } finally {
    const waiting = lanes.waiting.shift();
    if (waiting) waiting();
    else lanes.free++;
  }
}

const cases = stories.flatMap(({ story, languages }) => [PHONE, SIDEWAYS].map((viewport) => [story.id, viewport, story, languages] as const));

describe('every text size fits every panel', () => {
  it.concurrent.for(cases)('%s at every size in every language, %o', { timeout: 900_000 }, async ([, viewport, story, languages], { expect }) => {
    const { problems, panels, scenes } = await inLane(() => storyProblems(browser, story, languages, viewport));
    expect(panels).toBeGreaterThanOrEqual(scenes);
    expect(problems).toEqual([]);
  });
});

/** Options whose top part (the letter and the first line) is not on the screen. */
const optionsOutOfSight = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('.choices button.choice-card')].flatMap((option) => {
      const { top } = option.getBoundingClientRect();
      return top + 48 > window.innerHeight ? [`option ${option.dataset.choice} starts at ${Math.round(top)} px of ${window.innerHeight}`] : [];
    }),
  );

describe('a choice held sideways', () => {
  it('shows every option at once, at the largest text, at every choice of every story', { timeout: 300_000 }, async ({ expect }) => {
    const { page, base } = await open(browser, SIDEWAYS, { touch: true, serviceWorkers: 'block' });
    await page.goto(base);
    await appReady(page);
    const problems: string[] = [];
    let checked = 0;
    for (const { story } of stories) {
      for (const point of choicePoints(story)) {
        await storeReaderSettings(page, story.language, 2);
        await openStoryAt(page, story.id, point.at, checked++);
        await page.locator('.choices button.choice-card').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        problems.push(...(await optionsOutOfSight(page)).map((problem) => `${story.id}, ${point.scene}: ${problem}`));
      }
    }
    expect(checked).toBeGreaterThanOrEqual(stories.length);
    expect(problems).toEqual([]);
  });
});
