/**
 * The room with a cheap clicker (issue 17): keys that work whatever has the focus, a vote no clicker key can commit
 * but the clicker alone can take, F5 and Esc, the presenter's private overview, the wall filled by tall panels' words,
 * and the presenter's comforts (notes size, timer pause, time per scene, hands counted into the summary).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, step, type PresentSession } from '../../src/present/session';
import { bundledStory } from '../fixtures/bundled-story';
import { expectAccessible, launch, open, PROJECTOR, restMouse, screenshot, settle } from './browser';
import { expectOnStage, marked, onStage, openPresenter, present, ready } from './wall';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const black = (page: Page) => page.getByTestId('black-screen');

/** The sample's first vote: three panels on. */
async function toVote(page: Page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expectOnStage(page, 'choices');
}

/** A clicker's long press: the key held down for `ms`. */
async function hold(page: Page, key: string, ms: number) {
  await page.keyboard.down(key);
  await page.waitForTimeout(ms);
  await page.keyboard.up(key);
}

const load = bundledStory;

describe('a clicker in the room', () => {
  it('keeps working after a mouse tick on a question or on "show locked options", in the presenter window and on the wall', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    const presenter = await openPresenter(session);
    await presenter.getByRole('checkbox', { name: /Apa yang membuat tawaran Pak Darto/ }).click();
    expect(await presenter.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    for (const [key, panel] of [
      ['PageDown', 'warung-2'],
      ['ArrowRight', 'warung-3'],
      ['PageUp', 'warung-2'],
    ] as const) {
      await presenter.keyboard.press(key);
      await expectOnStage(page, panel);
    }
    for (const key of ['.', 'b']) {
      await presenter.keyboard.press(key);
      await black(page).waitFor();
      await presenter.keyboard.press(key);
      await black(page).waitFor({ state: 'detached' });
    }
    // The "show locked options" checkbox, ticked with the mouse at the second vote.
    await presenter.keyboard.press('PageDown');
    await presenter.keyboard.press('PageDown');
    await expectOnStage(page, 'choices');
    await presenter.getByRole('button', { name: /Terima uangnya/ }).click();
    await presenter.getByRole('button', { name: /Ya, pilih/ }).click();
    await expectOnStage(page, 'calo-1');
    await presenter.keyboard.press('PageDown');
    await expectOnStage(page, 'decide-1');
    await presenter.keyboard.press('PageDown');
    await expectOnStage(page, 'choices');
    const locked = presenter.getByRole('checkbox', { name: /Tampilkan pilihan yang terkunci/ });
    await locked.click();
    expect(await locked.isChecked()).toBe(false);
    await presenter.keyboard.press('.');
    await black(page).waitFor();
    await presenter.keyboard.press('PageUp'); // brings the picture back
    await black(page).waitFor({ state: 'detached' });
    await presenter.keyboard.press('PageUp'); // nothing marked: back to the panel before the vote
    await expectOnStage(page, 'decide-1');
    // On the wall: the focus left on a toolbar button, then the clicker.
    await page.getByRole('button', { name: 'Per halaman' }).focus();
    await page.keyboard.press('PageUp');
    await expectOnStage(page, 'calo-1');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('never chooses on B or "." at a vote, and takes the vote with the clicker alone: next marks, a hold opens the confirm card, next confirms', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    await toVote(page);
    // B and "." black the screen at a vote as everywhere; nothing is chosen or marked.
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await black(page).waitFor();
      await page.keyboard.press(key);
      await black(page).waitFor({ state: 'detached' });
    }
    await expectOnStage(page, 'choices');
    expect(await marked(page)).toBeNull();
    // Next marks A, then B; a clicker's burst of presses only moves the mark.
    await page.keyboard.press('PageDown');
    await expect.poll(() => marked(page)).toBe('A');
    await page.keyboard.press('PageDown');
    await expect.poll(() => marked(page)).toBe('B');
    for (let press = 0; press < 4; press++) await page.keyboard.press('PageDown');
    await expect.poll(() => marked(page)).toBe('B');
    await expectOnStage(page, 'choices');
    await page.getByText('Pilih B: Enter, tahan ▶, atau klik di sini').waitFor();
    // A long press opens the confirm card; a second press at once (a double send) is ignored, a fresh one chooses.
    await hold(page, 'PageDown', 900);
    const card = page.getByRole('alertdialog', { name: 'Pilih B?' });
    await card.waitFor();
    await page.waitForTimeout(700);
    await page.keyboard.press('PageUp'); // back closes the card: nothing chosen
    await card.waitFor({ state: 'detached' });
    await expectOnStage(page, 'choices');
    await hold(page, 'PageDown', 900);
    await card.waitFor();
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(200);
    await expectOnStage(page, 'choices');
    await page.waitForTimeout(500);
    await screenshot(page, 'present-confirm-1280');
    await expectAccessible(page, 'confirm card');
    await page.keyboard.press('PageDown');
    await expectOnStage(page, 'calo-1');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('marks with a letter or a click, and confirms with Enter twice or the marked card’s button', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    await toVote(page);
    await page.keyboard.press('a');
    await expect.poll(() => marked(page)).toBe('A');
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog', { name: 'Pilih A?' }).waitFor();
    await page.keyboard.press('Escape'); // Esc closes the card, nothing more
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await expectOnStage(page, 'choices');
    expect(await page.locator('.present-overview').count()).toBe(0);
    await page.locator('[data-choice="take-money"]').click();
    await expect.poll(() => marked(page)).toBe('B');
    await expectOnStage(page, 'choices');
    await page.getByRole('button', { name: 'Pilih B: Enter, tahan ▶, atau klik di sini' }).click();
    await expectOnStage(page, 'calo-1');
    await session.context.close();
  });
});

describe('starting and stopping', () => {
  it('starts fullscreen on F5 without reloading, and Esc leaves fullscreen and black but never opens the overview', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    await page.keyboard.press('PageDown');
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.keyboard.press('.');
    await black(page).waitFor();
    await page.keyboard.press('F5');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await black(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expectOnStage(page, 'warung-2');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    expect(await page.locator('.present-overview').count()).toBe(0);
    await session.context.close();
  });

  it('closes the workshop summary with Esc and opens no overview in either window', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    const presenter = await openPresenter(session);
    await presenter.getByRole('button', { name: 'Ringkasan lokakarya' }).click();
    const summary = presenter.getByRole('dialog', { name: /Ringkasan lokakarya/ });
    await summary.waitFor();
    await presenter.keyboard.press('Escape');
    await summary.waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    expect(await presenter.locator('.present-overview').count()).toBe(0);
    expect(await page.locator('.present-overview').count()).toBe(0);
    await session.context.close();
  });
});

describe('the presenter’s private overview', () => {
  it('browses every scene, unvisited ones too, without changing the wall, then sends the wall there', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session, 'jalan-sari');
    const presenter = await openPresenter(session);
    // All pages opened on the wall (O there) can be closed from here.
    await page.keyboard.press('o');
    await page.getByRole('dialog', { name: 'Semua halaman' }).waitFor();
    await presenter.getByRole('button', { name: 'Tutup semua halaman di layar' }).click();
    await page.getByRole('dialog', { name: 'Semua halaman' }).waitFor({ state: 'detached' });
    await presenter.keyboard.press('o');
    const overview = presenter.getByRole('dialog', { name: 'Jelajahi halaman' });
    await overview.waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('.present-overview').count()).toBe(0);
    await expectOnStage(page, 'tawaran-1');
    // A scene the room has not been through: picking it changes nothing on the wall.
    const others = overview.locator('.present-overview-others + ol .present-overview-page');
    expect(await others.count()).toBeGreaterThan(5);
    const target = others.nth(4);
    const pageId = await target.getAttribute('data-page');
    await target.click();
    expect(await target.getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(300);
    await expectOnStage(page, 'tawaran-1');
    await settle(presenter);
    await screenshot(presenter, 'present-presenter-overview-1280');
    await expectAccessible(presenter, 'private overview');
    await overview.getByRole('button', { name: 'Tampilkan di layar' }).click();
    await overview.waitFor({ state: 'detached' });
    const story = load('jalan-sari');
    const first = story.scenes.flatMap((scene) => scene.pages).find((item) => item.id === pageId)!.panels[0]!.id;
    await expectOnStage(page, first);
    // The room carries on from there.
    await page.keyboard.press('PageDown');
    await expect.poll(() => onStage(page)).not.toBe(first);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

describe('presenter comfort', () => {
  it('sizes the notes, pauses the timer, times each scene, and keeps the hands counted at a vote in the summary and its printout', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    const presenter = await openPresenter(session);
    const notes = presenter.locator('.presenter-notes li').first();
    const size = () => notes.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(await size()).toBe(17);
    await presenter.getByRole('button', { name: 'Teks catatan lebih besar' }).click();
    await presenter.getByRole('button', { name: 'Teks catatan lebih besar' }).click();
    expect(await size()).toBe(24);
    await presenter.reload();
    await ready(presenter);
    expect(await size()).toBe(24);
    // Pause: the clock stands still.
    await presenter.getByRole('button', { name: 'Jeda' }).click();
    const clockNow = () => presenter.locator('.presenter-timer > time').innerText();
    const paused = await clockNow();
    await presenter.waitForTimeout(1300);
    expect(await clockNow()).toBe(paused);
    await presenter.getByRole('button', { name: 'Jeda' }).click();
    await presenter.waitForTimeout(1200);
    for (let i = 0; i < 3; i++) await presenter.keyboard.press('PageDown');
    await expectOnStage(page, 'choices');
    await presenter.getByRole('spinbutton', { name: 'Tangan untuk A' }).fill('12');
    await presenter.getByRole('spinbutton', { name: 'Tangan untuk B' }).fill('5');
    // The clicker still works from the count field.
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => marked(page)).toBe('A');
    await presenter.getByRole('button', { name: 'Ya, pilih A' }).click();
    await expectOnStage(page, 'disnaker-1');
    await settle(presenter);
    await presenter.getByRole('button', { name: 'Ringkasan lokakarya' }).click();
    const summary = presenter.getByRole('dialog', { name: /Ringkasan lokakarya/ });
    await summary.getByText('(suara: A 12 · B 5)').waitFor();
    // The first scene's time (over a second) is kept beside it.
    expect(await summary.locator('.present-summary-time').count()).toBeGreaterThan(0);
    await presenter.emulateMedia({ media: 'print' });
    expect(await summary.getByText('(suara: A 12 · B 5)').isVisible()).toBe(true);
    await presenter.emulateMedia({ media: 'screen' });
    await screenshot(presenter, 'present-summary-hands-1280');
    await expectAccessible(presenter, 'summary with hands');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});

describe('a fuller wall', () => {
  /**
   * Every panel of every story, as a panel step at 1280x720: the share of the wall its art fills, the share used by
   * the art and the words beside it, and the smallest text. The session is sent to the wall on its own channel, as
   * the presenter window would, scene by scene.
   */
  it('fills the wall: tall panels get their words beside them, large', { timeout: 240_000 }, async () => {
    // Fades only: a zooming entrance would be measured mid-way.
    const session = await open(browser, PROJECTOR, { reducedMotion: 'reduce' });
    const { page } = session;
    const art: number[] = [];
    const used: number[] = [];
    const textSizes: number[] = [];
    let seq = 1_000_000;
    for (const storyId of ['sample', 'jalan-sari', 'lowongan-bayu', 'keluarga-nita', 'awak-kapal']) {
      const story = load(storyId);
      await present(session, storyId);
      for (const scene of story.scenes) {
        let sent: PresentSession = step(story, createSession(story, Date.now(), 'zz'), { type: 'goto', sceneId: scene.id, pageId: scene.pages[0]!.id }, 'zz');
        if (sent.reading.path.at(-1)!.scene !== scene.id) continue;
        sent = { ...sent, seq: (seq += 1000) };
        await page.evaluate(
          (message) => {
            const channel = new BroadcastChannel(`komik-saku/present/${message.session.storyId}`);
            channel.postMessage(message);
            channel.close();
          },
          { ns: 'komik-saku/present', kind: 'state', session: sent },
        );
        const panels = scene.pages.flatMap((item) => item.panels.map((panel) => panel.id));
        for (const [index, panelId] of panels.entries()) {
          if (index > 0) await page.keyboard.press('PageDown');
          await expectOnStage(page, panelId);
          await page.waitForTimeout(40);
          const measured = await page.evaluate(() => {
            const stage = document.querySelector('.present-stage')!.getBoundingClientRect();
            const panel = document.querySelector('.present-stage .panel')!.getBoundingClientRect();
            const words = document.querySelector('.present-words')?.getBoundingClientRect();
            const wall = stage.width * stage.height;
            const sizes = [...document.querySelectorAll('.present-stage .balloon:not(.balloon-sfx), .present-words-line')].map((element) =>
              parseFloat(getComputedStyle(element).fontSize),
            );
            return { art: (panel.width * panel.height) / wall, used: (panel.width * panel.height + (words ? words.width * panel.height : 0)) / wall, sizes };
          });
          art.push(measured.art);
          used.push(measured.used);
          textSizes.push(...measured.sizes);
        }
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    const figures = {
      panelSteps: art.length,
      artMedian: median(art).toFixed(3),
      artUnderHalf: art.filter((value) => value < 0.5).length,
      usedMedian: median(used).toFixed(3),
      usedUnderHalf: used.filter((value) => value < 0.5).length,
      smallestText: Math.min(...textSizes).toFixed(1),
    };
    console.log('wall fill at 1280x720', JSON.stringify(figures));
    expect(art.length).toBeGreaterThan(200);
    expect(Number(figures.usedMedian)).toBeGreaterThanOrEqual(0.8);
    expect(figures.usedUnderHalf).toBe(0);
    expect(Math.min(...textSizes)).toBeGreaterThanOrEqual(20);
    await session.context.close();
  });

  it('puts a tall panel’s words beside it at 40 px, hides the resting pointer and lights no card under it', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session, 'jalan-sari');
    await page.keyboard.press('PageDown');
    await page.locator('.present-words-line').first().waitFor();
    const size = await page
      .locator('.present-words-line')
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(36);
    await restMouse(page, { x: 640, y: 360 });
    expect(await page.evaluate(() => getComputedStyle(document.elementFromPoint(640, 360)!).cursor)).toBe('none');
    await screenshot(page, 'present-beside-1280');
    await expectAccessible(page, 'tall panel with its words beside it');
    await session.context.close();
    const other = await open(browser, PROJECTOR);
    await present(other);
    await toVote(other.page);
    const card = other.page.locator('[data-choice="take-money"]');
    const box = (await card.boundingBox())!;
    await other.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const background = () => card.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background()).toBe('rgb(255, 244, 209)'); // lit while the mouse moves
    await restMouse(other.page, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await other.context.close();
  });
});
