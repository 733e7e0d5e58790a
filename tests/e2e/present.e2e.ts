/**
 * A facilitator with a laptop, a projector and a clicker, at 1280x720: the key map (clicker keys included), the
 * room voting by letter and by click, the black screen, the overview, the presenter window kept in sync both ways
 * (also after either reloads), the reader's own progress left alone, and photographs at 1280x720 and 1920x1080.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectSameOrigin, launch, open, PROJECTOR, screenshot, settle, type Session } from './browser';

const FULL_HD = { width: 1920, height: 1080 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The panel on the projected stage, or what is there instead (choices, ending). */
const onStage = (page: Page) =>
  page.evaluate(() => document.querySelector('.present-stage [data-panel]')?.getAttribute('data-panel') ?? document.querySelector('.present-room')?.getAttribute('data-beat') ?? null);

async function expectOnStage(page: Page, what: string) {
  await expect.poll(() => onStage(page), { timeout: 5000 }).toBe(what);
}

/** Balloon text sizes on the stage, in CSS px. */
const balloonSizes = (page: Page) => page.$$eval('.present-stage .balloon', (balloons) => balloons.map((balloon) => parseFloat(getComputedStyle(balloon).fontSize)));

/** Waits until the window listens to keys and to the other window. */
const ready = (page: Page) => page.locator('.present[data-connected="true"]').waitFor();

async function present(session: Session, storyId = 'sample') {
  await session.page.goto(`${session.base}#/present/${storyId}`);
  await ready(session.page);
}

/** Lets the toolbar fade (the mouse resting), so a photograph shows what the room sees. */
async function restMouse(page: Page) {
  await page.waitForTimeout(3300);
  await settle(page);
}

async function openPresenter(session: Session): Promise<Page> {
  const [presenter] = await Promise.all([session.context.waitForEvent('page'), session.page.getByRole('button', { name: 'Tampilan fasilitator' }).click()]);
  presenter.on('pageerror', (error) => session.errors.push(`presenter: ${error.message}`));
  await ready(presenter);
  return presenter;
}

const presenterAt = (presenter: Page) => presenter.locator('.presenter-where').innerText();

describe('projecting a story to a room', () => {
  it('steps with every clicker key, balloon text is at least 28 px, and the key card opens and closes', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    // Start from the library, as a facilitator would.
    await page.goto(session.base);
    await page.locator('a[href="#/present/sample"]').click();
    await ready(page);
    await expectOnStage(page, 'warung-1');
    const sizes = await balloonSizes(page);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    // The panel fills the stage's height (a wide panel) and sits inside the 16:9 stage.
    const box = (await page.locator('.present-stage .panel').boundingBox())!;
    expect(box.height).toBeGreaterThan(PROJECTOR.height * 0.9);

    const steps: [string, string][] = [
      ['ArrowRight', 'warung-2'], ['ArrowDown', 'warung-3'], ['ArrowLeft', 'warung-2'], ['ArrowUp', 'warung-1'],
      ['PageDown', 'warung-2'], ['PageUp', 'warung-1'], ['Space', 'warung-2'], ['p', 'warung-1'], ['n', 'warung-2'],
    ];
    for (const [key, panel] of steps) {
      await page.keyboard.press(key);
      await expectOnStage(page, panel);
    }
    await page.keyboard.press('?');
    const card = page.getByRole('dialog', { name: 'Tombol' });
    await card.waitFor();
    await screenshot(page, 'present-help-1280');
    await expectAccessible(page, 'key card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // Esc closed the card and nothing else; F toggles fullscreen.
    await expectOnStage(page, 'warung-2');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await restMouse(page);
    await screenshot(page, 'present-stage-1280');
    await expectAccessible(page, 'projected panel');
    expectSameOrigin(session);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('lets the room vote by letter and by click, shows a locked option with its reason, and ends with lessons and helplines', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await page.getByRole('heading', { name: 'Apa yang sebaiknya Sari lakukan?' }).waitFor();
    await expect.poll(() => page.locator('.present-vote-letter').allInnerTexts()).toEqual(['A', 'B']);
    await restMouse(page);
    await screenshot(page, 'present-vote-1280');
    await expectAccessible(page, 'vote');
    // B is option B here, not the black screen.
    await page.keyboard.press('b');
    await expectOnStage(page, 'calo-1');
    expect(await page.locator('.present-black').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const locked = page.locator('[data-choice="go-official"]');
    await locked.waitFor();
    expect(await locked.isDisabled()).toBe(true);
    await page.getByText('Sari belum punya perjanjian kerja dari perusahaan resmi.').waitFor();
    const reasonSize = await page.locator('.present-vote-reason').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(reasonSize).toBeGreaterThanOrEqual(28);
    await restMouse(page);
    await screenshot(page, 'present-vote-locked-1280');
    await expectAccessible(page, 'vote with a locked option');
    // The locked letter does nothing; a click on a card chooses.
    await page.keyboard.press('a');
    await page.waitForTimeout(200);
    await expectOnStage(page, 'choices');
    await page.getByRole('button', { name: /Berangkat bersama Pak Darto/ }).click();
    await expectOnStage(page, 'bad-1');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Terjebak' }).waitFor();
    await restMouse(page);
    await screenshot(page, 'present-ending-1280');
    await expectAccessible(page, 'ending');
    // Then the lessons: this path learned none, so the ones it missed are the big cards.
    await page.keyboard.press('ArrowRight');
    await page.locator('.present-lessons-slide [data-lesson="keep-passport"]').waitFor();
    await restMouse(page);
    await screenshot(page, 'present-lessons-1280');
    await expectAccessible(page, 'lessons of the path');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('link', { name: '0800-1000' }).waitFor();
    await restMouse(page);
    await screenshot(page, 'present-helplines-1280');
    await expectAccessible(page, 'helplines');
    await page.getByRole('button', { name: 'Ringkasan lokakarya' }).click();
    const summary = page.getByRole('dialog', { name: /Ringkasan lokakarya/ });
    await summary.getByText('Memilih “Terima uangnya dan ikut Pak Darto”').waitFor();
    await summary.getByText('Akhir yang buruk:').waitFor();
    await screenshot(page, 'present-summary-1280');
    await expectAccessible(page, 'workshop summary');
    // On paper only the summary shows.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.present-vote, .present-helplines').first().evaluate((element) => getComputedStyle(element).visibility)).toBe('hidden');
    expect(await summary.evaluate((element) => getComputedStyle(element).visibility)).toBe('visible');
    expect(await page.getByRole('button', { name: 'Cetak ringkasan' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('blacks the screen with B or ".", and brings the same picture back', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    await page.keyboard.press('ArrowRight');
    await expectOnStage(page, 'warung-2');
    for (const key of ['b', '.']) {
      await page.keyboard.press(key);
      await page.getByTestId('black-screen').waitFor();
      // Nothing of the comic or the controls shows through.
      const covering = await page.evaluate(() => document.elementFromPoint(640, 360)?.className);
      expect(covering).toBe('present-black');
      expect(await page.locator('.present-toolbar').count()).toBe(0);
      await expectAccessible(page, `black screen (${key})`);
      await page.keyboard.press(key);
      await page.getByTestId('black-screen').waitFor({ state: 'detached' });
    }
    // The next key first brings the picture back, without moving on.
    await page.keyboard.press('.');
    await page.getByTestId('black-screen').waitFor();
    await page.keyboard.press('PageDown');
    await page.getByTestId('black-screen').waitFor({ state: 'detached' });
    await expectOnStage(page, 'warung-2');
    await session.context.close();
  });

  it('opens an overview of the pages on the path and jumps to one by click or Enter', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('a');
    await expectOnStage(page, 'disnaker-1');
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: 'Semua halaman' });
    await overview.waitFor();
    expect(await overview.locator('.present-overview-page').count()).toBe(2);
    // Focus starts on the page the room is on.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-page'))).toBe('page-2');
    await screenshot(page, 'present-overview-1280');
    await expectAccessible(page, 'overview');
    await overview.getByRole('button', { name: 'Halaman 1' }).click();
    await overview.waitFor({ state: 'detached' });
    await expectOnStage(page, 'warung-1');
    // Esc opens it too; the arrows move between pages; Enter jumps.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await overview.waitFor();
    await page.keyboard.press('Escape');
    await overview.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await overview.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-page'))).toBe('page-1');
    await page.keyboard.press('Enter');
    await overview.waitFor({ state: 'detached' });
    await expectOnStage(page, 'warung-1');
    await session.context.close();
  });

  it('keeps motion to fades when the room asks for reduced motion', async () => {
    const session = await open(browser, PROJECTOR, { reducedMotion: 'reduce' });
    const { page } = session;
    await present(session);
    await page.keyboard.press('ArrowRight'); // warung-2 comes in with a "pop"
    await expectOnStage(page, 'warung-2');
    expect(await page.locator('.present-panel').evaluate((element) => getComputedStyle(element).animationName)).toBe('panel-fade');
    await session.context.close();
  });

  it('steps page by page when the facilitator chooses', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session, 'jalan-sari');
    await page.getByRole('button', { name: 'Per halaman' }).click();
    await page.locator('.present-page .panel').first().waitFor();
    expect(await page.locator('.present-page [data-panel]').evaluateAll((panels) => panels.map((panel) => panel.getAttribute('data-panel')))).toEqual(['tawaran-1', 'tawaran-2', 'tawaran-3']);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.present-page [data-panel]').first().getAttribute('data-panel')).toBe('tawaran-4');
    // The page's panels are laid out across the wall, every one on screen, text bigger than on the page itself.
    expect(Math.min(...(await balloonSizes(page)))).toBeGreaterThanOrEqual(20);
    for (const box of await page.locator('.present-page .panel').evaluateAll((panels) => panels.map((panel) => panel.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PROJECTOR.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(PROJECTOR.height);
    }
    await restMouse(page);
    await screenshot(page, 'present-page-1280');
    await expectAccessible(page, 'page step');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.present-page [data-panel]').first().getAttribute('data-panel')).toBe('tawaran-1');
    await restMouse(page);
    await screenshot(page, 'present-page-first-1280');
    await session.context.close();
  });
});

describe('the presenter window', () => {
  it('stays in sync with the projected screen both ways, also after either reloads, and either can close', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await present(session);
    const presenter = await openPresenter(session);
    await expect.poll(() => presenterAt(presenter)).toContain('1 / 3');
    // Room → presenter
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toContain('2 / 3');
    // Presenter → room
    await presenter.keyboard.press('PageDown');
    await expectOnStage(page, 'warung-3');
    // Ticking a question is typing in a field: Space ticks it and does not move the comic.
    const question = presenter.getByRole('checkbox', { name: /Apa yang membuat tawaran Pak Darto/ });
    await question.focus();
    await presenter.keyboard.press('Space');
    expect(await question.isChecked()).toBe(true);
    await page.waitForTimeout(300);
    await expectOnStage(page, 'warung-3');
    await settle(presenter);
    await screenshot(presenter, 'present-presenter-1280');
    await expectAccessible(presenter, 'presenter window');
    // The presenter window reloads: it comes back where the room is, and still drives it.
    await presenter.reload();
    await ready(presenter);
    await expect.poll(() => presenterAt(presenter)).toContain('3 / 3');
    expect(await presenter.getByRole('checkbox', { name: /Apa yang membuat tawaran Pak Darto/ }).isChecked()).toBe(true);
    await presenter.keyboard.press('p');
    await expectOnStage(page, 'warung-2');
    // The room reloads: same place, and the presenter window still follows it.
    await page.reload();
    await ready(page);
    await expectOnStage(page, 'warung-2');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenterAt(presenter)).toContain('3 / 3');
    // The vote from the presenter window: letters shown, and the pick reaches the room.
    await presenter.keyboard.press('ArrowRight');
    await presenter.getByRole('heading', { name: 'Kelompok memilih: tekan hurufnya' }).waitFor();
    await settle(presenter);
    await screenshot(presenter, 'present-presenter-vote-1280');
    await expectAccessible(presenter, 'presenter window at a vote');
    await presenter.getByRole('button', { name: /A Tanya dulu ke Disnaker/ }).click();
    await expectOnStage(page, 'disnaker-1');
    await presenter.locator('.presenter-lessons').getByText('Lewat jalur resmi').waitFor();
    // The summary lists the question ticked before the reloads as discussed.
    await presenter.getByRole('button', { name: 'Ringkasan lokakarya' }).click();
    const summary = presenter.getByRole('dialog', { name: /Ringkasan lokakarya/ });
    const discussed = summary.locator('h3', { hasText: 'Pertanyaan yang sudah didiskusikan' }).locator('xpath=following-sibling::ul[1]');
    await discussed.getByText('Apa yang membuat tawaran Pak Darto terdengar menarik?').waitFor();
    await summary.getByText('Lewat jalur resmi:').waitFor();
    await presenter.keyboard.press('PageDown'); // the summary has the keyboard: the room stays
    await page.waitForTimeout(300);
    await expectOnStage(page, 'disnaker-1');
    // Closing the presenter window leaves the room working.
    await presenter.close();
    await page.keyboard.press('ArrowRight');
    await expectOnStage(page, 'disnaker-2');
    expect(session.errors).toEqual([]);
    expectSameOrigin(session);
    await session.context.close();
  });

  it('never touches the reader’s own progress or lessons, and resumes after a reload', async () => {
    const session = await open(browser, PROJECTOR);
    const { page } = session;
    await page.goto(`${session.base}#/read/sample`);
    await page.getByRole('img', { name: /Sore hari di warung/ }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('img', { name: /amplop tebal/ }).waitFor();
    const personal = () => page.evaluate(() => [localStorage.getItem('komik-saku/progress'), localStorage.getItem('komik-saku/lessons')]);
    const before = await personal();
    expect(before[0]).toContain('warung-2');

    await present(session);
    await expectOnStage(page, 'warung-1');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('a'); // teaches a lesson on this path
    await expectOnStage(page, 'disnaker-1');
    await page.keyboard.press('ArrowRight');
    await expectOnStage(page, 'disnaker-2');
    expect(await personal()).toEqual(before);
    expect(await page.evaluate(() => localStorage.getItem('komik-saku/present/sample'))).toContain('disnaker-2');

    await page.reload();
    await ready(page);
    await expectOnStage(page, 'disnaker-2');
    await page.goto(`${session.base}#/read/sample`);
    await page.getByRole('img', { name: /amplop tebal/ }).waitFor();
    expect(await personal()).toEqual(before);
    await session.context.close();
  });
});

describe('on a 1920x1080 projector', () => {
  it('scales the stage, the vote, the ending and the presenter window', async () => {
    const session = await open(browser, FULL_HD);
    const { page } = session;
    await present(session);
    const sizes = await balloonSizes(page);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(42);
    await restMouse(page);
    await screenshot(page, 'present-stage-1920');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('b');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-choice="go-official"]').waitFor();
    await restMouse(page);
    await screenshot(page, 'present-vote-1920');
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Berangkat dengan aman' }).waitFor();
    await restMouse(page);
    await screenshot(page, 'present-ending-1920');
    await page.keyboard.press('ArrowRight');
    await page.locator('.present-lessons-slide [data-lesson="keep-passport"]').waitFor();
    await restMouse(page);
    await screenshot(page, 'present-lessons-1920');
    await page.keyboard.press('o');
    await page.getByRole('dialog', { name: 'Semua halaman' }).waitFor();
    await screenshot(page, 'present-overview-1920');
    await page.keyboard.press('o');
    const presenter = await openPresenter(session);
    await presenter.setViewportSize(FULL_HD);
    await presenter.getByRole('heading', { name: 'Sekarang di layar' }).waitFor();
    await settle(presenter);
    await screenshot(presenter, 'present-presenter-1920');
    await expectAccessible(presenter, 'presenter window at an ending');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
