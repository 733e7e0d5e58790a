/**
 * Listen mode with the sample story's recorded narration (synthetic, stories/sample/narration/id): the size is shown
 * before anything is downloaded, each balloon is lit while its recording plays, in reading order, the next panel
 * comes by itself, and reading stops at the choice after the question and its options; with the page hidden (the
 * screen off) too, as far as the recordings carry it.
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
  // The recordings (an audio element) and the pauses between panels (silence on the audio clock) go four times as
  // fast: their order, their lights and their ends are what is tested, not their pace (about 4 s, not 15.6 s).
  await session.context.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      this.playbackRate = 4;
      return play.call(this);
    };
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: Parameters<typeof start>) {
      this.playbackRate.value = 4;
      return start.apply(this, args);
    };
  });
  await session.context.addInitScript(emulateHiding);
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
        const place = element.dataset.balloon
          ? `${panel}/${element.dataset.balloon}`
          : element.dataset.choice
            ? `choice:${element.dataset.choice}`
            : element.id;
        lit.push(document.visibilityState === 'hidden' ? `${place} (hidden)` : place);
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

  // The screen goes off during the first balloon: the rest is heard, the panel turned and the choice read, hidden.
  const lit = () => page.evaluate(() => (window as unknown as { lit: string[] }).lit);
  await expect.poll(lit, { timeout: 10_000 }).toContain('warung-2/sfx');
  await page.evaluate(() => (window as unknown as { hide: (hidden: boolean) => void }).hide(true));
  // Waited for from here, not by a poll in the page (the hidden page's timers and frames are held).
  await expect.poll(lit, { timeout: 40_000 }).toContain('choice:take-money (hidden)');
  await page.evaluate(() => (window as unknown as { hide: (hidden: boolean) => void }).hide(false));
  const status = page.locator('.listen-status');
  await status.filter({ hasText: 'Pilih salah satu jawaban' }).waitFor({ timeout: 5_000 });
  expect(await lit()).toEqual([
    'warung-2/sfx',
    'warung-2/darto (hidden)',
    'warung-3/think (hidden)',
    'choices-prompt (hidden)',
    'choice:ask-disnaker (hidden)',
    'choice:take-money (hidden)',
  ]);
  // The phone's media controls name the story and the scene, paused at the choice (Chromium has navigator.mediaSession).
  expect(await page.evaluate(() => [navigator.mediaSession.metadata?.title, navigator.mediaSession.playbackState])).toEqual([
    'Contoh: Tawaran di Warung: Tawaran di warung',
    'paused',
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

/**
 * A hidden page as a phone makes it when the screen goes off, in the page (headless Chromium under Playwright keeps
 * every page visible: its focus emulation holds them so, and neither a tab in front, a minimised window nor
 * Page.setWebLifecycleState changes document.visibilityState). `hide(true)` makes the page say it is hidden and holds
 * its timers and animation frames until `hide(false)`, the worst a phone does to them (Chromium throttles a hidden
 * page's timers to once a second, then once a minute, and paints no frames): what goes on must ride on the audio.
 */
function emulateHiding() {
  let hidden = false;
  const held: (() => void)[] = [];
  const { setTimeout: later, requestAnimationFrame: frame } = window;
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => hidden });
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
    later(
      () => (hidden ? held.push(() => (handler as (...a: unknown[]) => void)(...args)) : (handler as (...a: unknown[]) => void)(...args)),
      ms,
    )) as typeof window.setTimeout;
  window.requestAnimationFrame = (callback) => frame((time) => (hidden ? held.push(() => frame(callback)) : callback(time)));
  (window as unknown as { hide: (value: boolean) => void }).hide = (value) => {
    hidden = value;
    document.dispatchEvent(new Event('visibilitychange'));
    if (!hidden) for (const run of held.splice(0)) run();
  };
}
