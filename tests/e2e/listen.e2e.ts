/**
 * Listen mode with the sample story's recorded narration (synthetic, stories/sample/narration/id): the size is shown
 * before anything is downloaded, each balloon is lit while its recording plays, in reading order, the next panel
 * comes by itself, and reading stops at the choice after the question and its options.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { next, start } from '../../src/engine';
import { bundledStory } from '../fixtures/bundled-story';
import { appReady, expectAccessible, expectSameOrigin, launch, open, openStoryAt, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

it('reads a panel aloud from its recordings, lights each balloon in turn and stops at the choice', async () => {
  const session = await open(browser);
  const { page } = session;
  // The recordings play four times as fast (their order, their lights and their ends are what is tested, not their
  // pace): the test waits about 4 s, not 15.6 s, for the six recordings.
  await session.context.addInitScript(() => {
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<typeof start>) {
      this.playbackRate.value = 4;
      return start.apply(this, args);
    };
  });
  await page.goto(session.base);
  await appReady(page);
  const story = bundledStory('sample');
  // The second panel of three before the first choice: the test hears two panels, the question and its options.
  await openStoryAt(page, 'sample', next(story, start(story)), 0);
  await page.locator('[data-panel="warung-2"]').first().waitFor();
  // Every place lit, in order: "panel/balloon", "choice:<id>" or the prompt's id.
  await page.evaluate(() => {
    const lit: string[] = [];
    (window as unknown as { lit: string[] }).lit = lit;
    new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as HTMLElement;
        if (element.getAttribute('data-listen') !== 'reading') continue;
        const panel = element.closest<HTMLElement>('[data-panel]')?.dataset.panel;
        lit.push(element.dataset.balloon ? `${panel}/${element.dataset.balloon}` : element.dataset.choice ? `choice:${element.dataset.choice}` : element.id);
      }
    }).observe(document, { attributes: true, attributeFilter: ['data-listen'], subtree: true });
  });
  const audioBefore = session.requests.filter((url) => url.endsWith('.ogg')).length;

  await page.getByRole('button', { name: 'Dengarkan' }).click();
  const download = page.getByRole('button', { name: /^Unduh rekaman \(\d+\s?kB\)$/i });
  await download.waitFor();
  // Nothing is fetched before the reader has seen the size and asked.
  expect(session.requests.filter((url) => url.endsWith('.ogg')).length).toBe(audioBefore);
  await download.click();

  const status = page.locator('.listen-status');
  await status.filter({ hasText: 'Pilih salah satu jawaban' }).waitFor({ timeout: 40_000 });
  expect(await page.evaluate(() => (window as unknown as { lit: string[] }).lit)).toEqual([
    'warung-2/sfx',
    'warung-2/darto',
    'warung-3/think',
    'choices-prompt',
    'choice:ask-disnaker',
    'choice:take-money',
  ]);
  // Stopped at the choice: nothing lit, nothing chosen for the reader.
  await expect.poll(() => page.locator('[data-listen]').count()).toBe(0);
  expect(session.requests.filter((url) => url.endsWith('.ogg')).length).toBeGreaterThan(10);
  expectSameOrigin(session);
  await screenshot(page, 'listen-at-choice');
  await expectAccessible(page, 'listen mode at a choice');
  // Sound off (the reader's switch: a page cannot read the phone's ringer): nothing can be played, and it says so.
  await page.getByRole('checkbox', { name: 'Suara' }).uncheck();
  await status.filter({ hasText: 'Suara mati' }).waitFor();
  expect(await page.getByRole('button', { name: 'Putar' }).isDisabled()).toBe(true);
  await page.getByRole('checkbox', { name: 'Suara' }).check();
  expect(await page.getByRole('button', { name: 'Putar' }).isDisabled()).toBe(false);
  expect(session.errors).toEqual([]);
}, 60_000);
