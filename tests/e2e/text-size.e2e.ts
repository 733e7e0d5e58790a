/**
 * Larger text makes balloons grow; they must never cover each other nor point past their speaker, at any of the three
 * sizes, opened at that size or changed to it while reading (in another tab, or on the settings screen and back). The
 * menu's four tabs keep their words apart at every size, in every language, and a helpline's number stays whole.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beatOf, next, type ReadingState } from '../../src/engine';
import { bundledStory } from '../fixtures/bundled-story';
import { sceneStarts } from '../support/story-walk';
import { TEXT_SIZES } from '../../src/store/settings';
import { appReady, launch, open, PHONE, problemsInComic, readerSettings, screenshot, settle, storeReaderSettings, tailsOffSpeaker } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** No balloon of the panel shown covers another, and every tail points at its speaker. */
async function expectBalloonsInPlace(page: Page, panel: number, size: number) {
  await page.locator('.guided-panel .balloon').first().waitFor();
  await settle(page);
  const boxes = await page.locator('.guided-panel .balloon').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      expect(overlap, `balloons ${i} and ${j} of panel ${panel + 1} overlap at size ${size}`).toBe(false);
    }
  }
  expect(await tailsOffSpeaker(page, '.guided-panel'), `panel ${panel + 1} at size ${size}`).toEqual([]);
}

describe('text size', () => {
  it.each([0, 1, 2])('at size %i no balloon covers another and every tail points at its speaker, on any panel of the sample', async (size) => {
    const { page, context, base } = await open(browser);
    await page.goto(base);
    await page.evaluate((value) => localStorage.setItem('komik-saku/settings', value), readerSettings('id', size));
    await page.goto(`${base}#/read/sample`);
    await page.reload();
    for (let panel = 0; panel < 3; panel++) {
      await expectBalloonsInPlace(page, panel, size);
      if (panel === 0) await screenshot(page, `phone-text-size-${size}`);
      await page.getByRole('button', { name: 'Lanjut' }).click();
    }
    await context.close();
  });

  it('changed while reading, in another tab or on the settings screen, every size still keeps balloons apart and tails on their speakers', async () => {
    const { page, context, base } = await open(browser);
    await page.goto(base);
    await page.evaluate((value) => localStorage.setItem('komik-saku/settings', value), readerSettings('id', 0));
    await page.goto(`${base}#/read/sample`);
    await page.reload();
    await page.locator('.guided-panel .balloon').first().waitFor();
    // The settings screen, then back to the story.
    await page.goto(`${base}#/settings`);
    await page.locator('input[name="text-size"][value="1"]').check();
    await page.goBack();
    await expectBalloonsInPlace(page, 0, 1);
    for (let panel = 0; panel < 3; panel++) {
      for (const size of [2, 0, 1]) {
        // Another tab writes the settings (the stores follow storage events).
        await storeReaderSettings(page, 'id', size);
        await expectBalloonsInPlace(page, panel, size);
      }
      await page.getByRole('button', { name: 'Lanjut' }).click();
    }
    await context.close();
  });

  it('a panel whose room shrinks while it is read decides again between text over the art and below it', async () => {
    // Anything in the flow above the stage (a lesson strip, the language note, taller bars at a larger text size) takes
    // room from the panel after its fit was decided: Bayu's dimas-5 just fits over the art at the middle size (issue 15).
    const story = bundledStory('lowongan-bayu');
    let state: ReadingState = sceneStarts(story).find((start) => start.path.at(-1)!.scene === 'dimas')!;
    while ((beatOf(story, state) as { panelId?: string }).panelId !== 'dimas-5') state = next(story, state);
    const { page, context, base } = await open(browser, PHONE, { touch: true, serviceWorkers: 'block' });
    const shrink = '.reader-progress { margin-bottom: 160px; }';
    const textPlace = async (shrunk: 'before opening' | 'while reading') => {
      await page.goto(base);
      await page.evaluate(
        ({ id, state, settings }) => {
          localStorage.setItem('komik-saku/progress', JSON.stringify({ state: { saves: { [id]: state }, endings: {} }, version: 1 }));
          localStorage.setItem('komik-saku/settings', settings);
        },
        { id: story.id, state, settings: readerSettings('id', 1) },
      );
      await page.goto(`${base}#/read/${story.id}`);
      await page.reload();
      if (shrunk === 'before opening') await page.addStyleTag({ content: shrink });
      await appReady(page);
      await page.locator('.guided-stage > .guided-panel').waitFor();
      await settle(page);
      const place = () => page.locator('.guided-stage > .guided-panel').evaluate((panel) => (panel.classList.contains('guided-text-below') ? 'below' : 'over'));
      if (shrunk === 'before opening') return place();
      expect(await place(), 'with all its room, the text is over the art').toBe('over');
      await page.addStyleTag({ content: shrink });
      await settle(page);
      return place();
    };
    const opened = await textPlace('before opening');
    expect(opened, 'with less room, the text goes below the art').toBe('below');
    expect(await textPlace('while reading')).toBe(opened);
    expect(await problemsInComic(page, '.guided-stage > .guided-panel')).toEqual([]);
    await context.close();
  });
});

describe('the menu at the bottom', () => {
  it("keeps the tabs' words apart on a 360 px phone, at every text size, in every language", async () => {
    const { page, base } = await open(browser, PHONE, { touch: true, serviceWorkers: 'block' });
    await page.goto(base);
    await appReady(page);
    const problems: string[] = [];
    for (const language of ['id', 'en', 'jv'])
      for (const size of [0, 1, 2]) {
        await storeReaderSettings(page, language, size);
        await page.waitForFunction((language) => document.documentElement.lang === language, language);
        await page.evaluate(() => document.fonts.ready);
        // Each word on the screen, and at least 8 px from the next tab's word (they ran together: "BantuanPengaturan").
        const found = await page.locator('.tab-bar a').evaluateAll((tabs) => {
          const words = tabs.map((tab) => {
            const range = document.createRange();
            range.selectNodeContents(tab);
            return { text: tab.textContent, box: [...range.getClientRects()].at(-1)! };
          });
          return words.flatMap(({ text, box }, index) => {
            const after = words[index + 1];
            if (box.left < 0 || box.right > window.innerWidth) return [`"${text}" goes off the screen (${Math.round(box.left)}–${Math.round(box.right)} px)`];
            if (after && after.box.left - box.right < 8) return [`"${text}" and "${after.text}" are ${Math.round(after.box.left - box.right)} px apart`];
            return [];
          });
        });
        problems.push(...found.map((problem) => `${language} size ${size}: ${problem}`));
      }
    expect(problems).toEqual([]);
  });
});

describe('the helplines', () => {
  it.each([PHONE, { width: 320, height: 640 }])('keep each number on one line and on the screen, at every text size, %o', async (viewport) => {
    const { page, base } = await open(browser, viewport, { touch: true, serviceWorkers: 'block' });
    await page.goto(`${base}#/help`);
    await appReady(page);
    const problems: string[] = [];
    for (const size of [0, 1, 2]) {
      await storeReaderSettings(page, 'id', size);
      await page.waitForFunction(
        (scale) => getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim() === scale,
        String(TEXT_SIZES[size]),
      );
      await page.evaluate(() => document.fonts.ready);
      const found = await page.locator('.helpline-number').evaluateAll((numbers) =>
        numbers.flatMap((number) => {
          const text = document.createRange();
          text.selectNodeContents(number);
          const lines = new Set([...text.getClientRects()].map((line) => Math.round(line.top))).size;
          const box = number.getBoundingClientRect();
          if (lines > 1) return [`"${number.textContent}" is on ${lines} lines`];
          return box.left < 0 || box.right > window.innerWidth ? [`"${number.textContent}" goes off the screen`] : [];
        }),
      );
      problems.push(...found.map((problem) => `size ${size}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });
});
