/** A youth on a 360x740 phone: from the library through a choice to an ending, and back again. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appReady, balloonsShown, settle, expectAccessible, expectSameOrigin, launch, open, screenshot, type Session } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const next = (page: Page) => page.getByRole('button', { name: /Lanjut|Next/ }).click();
const panelNamed = (page: Page, pattern: RegExp) => page.getByRole('img', { name: pattern });

/** What the lessons toast covers of the reader's bar, its step buttons and the balloons on screen (none, it must be). */
const toastCovers = (page: Page) =>
  page.evaluate(() => {
    const toast = document.querySelector('.celebration')!.getBoundingClientRect();
    const overlaps = (box: DOMRect) => box.left < toast.right && box.right > toast.left && box.top < toast.bottom && box.bottom > toast.top;
    const visible = [...document.querySelectorAll('.reader-bar, .reader-steps, .guided-panel .balloon')].filter(
      (element) => !element.closest('[aria-hidden="true"]'),
    );
    return visible.filter((element) => overlaps(element.getBoundingClientRect())).map((element) => element.className);
  });

/** The sample is for authors: the library does not list it, but its address opens it. */
async function openSample(session: Session) {
  await session.page.goto(`${session.base}#/read/sample`);
  await appReady(session.page);
  await panelNamed(session.page, /Sore hari di warung/).waitFor();
}

describe('reading on a phone', () => {
  it('reads from the library through a choice to an ending, and the lessons are recorded', async () => {
    const session = await open(browser);
    const { page } = session;
    await page.goto(session.base);
    await page.getByRole('heading', { name: 'Jalan Sari' }).waitFor();
    await screenshot(page, 'phone-library');
    await expectAccessible(page, 'library');
    await openSample(session);
    await balloonsShown(page);
    await screenshot(page, 'phone-panel');
    await expectAccessible(page, 'guided panel');
    for (let i = 0; i < 3; i++) await next(page);
    await page.getByRole('heading', { name: 'Apa yang sebaiknya Sari lakukan?' }).waitFor();
    await screenshot(page, 'phone-choices');
    await expectAccessible(page, 'choices');
    await page.getByRole('button', { name: /Tanya dulu ke Disnaker/ }).click();
    await panelNamed(page, /Bu Rina yang berkacamata/).waitFor();
    await page.getByText('2 pelajaran baru!').waitFor();
    await settle(page);
    expect(await toastCovers(page)).toEqual([]);
    await screenshot(page, 'phone-lesson-celebration');
    await expectAccessible(page, 'lesson celebration');
    for (let i = 0; i < 3; i++) await next(page);
    await page.getByRole('button', { name: /Berangkat dengan kontrak/ }).click();
    await next(page);
    await page.getByRole('heading', { name: 'Berangkat dengan aman' }).waitFor();
    // The ending lists the path's lessons itself (the toast gives way), after the ways on.
    await page.locator('.ending-lessons-learned', { hasText: 'Kontrak sebelum berangkat' }).waitFor();
    expect(await page.locator('.celebration').count()).toBe(0);
    const [actions, lessonsTop] = await Promise.all([page.locator('.ending-actions').boundingBox(), page.locator('.ending-lessons').first().boundingBox()]);
    expect(actions!.y + actions!.height).toBeLessThan(Math.min(lessonsTop!.y, 740));
    await screenshot(page, 'phone-ending');
    await expectAccessible(page, 'ending');
    await page.locator('.ending-actions').getByRole('link', { name: 'Cerita' }).click();
    await page.getByRole('heading', { name: 'Jalan Sari' }).waitFor();
    // The toast stays with the story: it never follows the reader to the library.
    expect(await page.locator('.celebration').count()).toBe(0);
    await page.getByRole('link', { name: 'Pelajaran' }).click();
    await page.getByText('4 dari 11 pelajaran sudah kamu pelajari').waitFor();
    await screenshot(page, 'phone-lessons');
    await expectAccessible(page, 'lessons');
    await page.getByRole('link', { name: 'Bantuan' }).click();
    await page.getByRole('link', { name: '0800-1000' }).waitFor();
    await screenshot(page, 'phone-help');
    await expectAccessible(page, 'help');
    expectSameOrigin(session);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('continues at the same panel after a reload', async () => {
    const session = await open(browser);
    const { page } = session;
    await openSample(session);
    await next(page);
    await next(page);
    await panelNamed(page, /memegang dagunya/).waitFor();
    await page.reload();
    await panelNamed(page, /memegang dagunya/).waitFor();
    expect(await page.locator('.step-count').innerText()).toBe('Adegan 1/4');
    await session.context.close();
  });

  it('switches language mid-story and keeps the place', async () => {
    const session = await open(browser);
    const { page } = session;
    await openSample(session);
    await next(page);
    await panelNamed(page, /amplop tebal/).waitFor();
    await page.goto(`${session.base}#/settings`);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await screenshot(page, 'phone-settings-en');
    await expectAccessible(page, 'settings');
    await page.goto(`${session.base}#/read/sample`);
    await panelNamed(page, /thick envelope of money/).waitFor();
    expect(await page.locator('.step-count').innerText()).toBe('Scene 1/4');
    await session.context.close();
  });

  it('undoes a choice: back from the first panel after it returns to the choice point', async () => {
    const session = await open(browser);
    const { page } = session;
    await openSample(session);
    for (let i = 0; i < 3; i++) await next(page);
    await page.getByRole('button', { name: /Terima uangnya/ }).click();
    await panelNamed(page, /paspor Sari/).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('button', { name: /Terima uangnya/ }).waitFor();
    await page.getByRole('button', { name: /Tanya dulu ke Disnaker/ }).click();
    await panelNamed(page, /Bu Rina/).waitFor();
    await session.context.close();
  });

  it('is read with the keyboard alone', async () => {
    const session = await open(browser);
    const { page } = session;
    await openSample(session);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Apa yang sebaiknya Sari lakukan?' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await panelNamed(page, /Bu Rina/).waitFor();
    await session.context.close();
  });

  it('has the panels one step on and one step back ready, unseen, so a tap only has to show them', async () => {
    const session = await open(browser);
    const { page } = session;
    await openSample(session);
    const waiting = (panelId: string) => page.locator(`.guided-panel-waiting [data-panel="${panelId}"] .panel-art`);
    // Before the tap: the next panel's picture is in the page and loaded, hidden from sight and from screen readers.
    await expect.poll(() => waiting('warung-2').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await page.getByRole('img').evaluateAll((images) => images.map((image) => image.getAttribute('alt')?.slice(0, 20)))).toEqual([
      'Sore hari di warung ',
    ]);
    expect(await page.locator('.guided-panel-waiting').evaluate((panel) => getComputedStyle(panel).opacity)).toBe('0');
    const next2 = await waiting('warung-2').elementHandle();
    await next(page);
    // After it: that very picture is the one shown (nothing was fetched or built at the tap), and the first waits behind.
    await expect.poll(() => next2!.evaluate((image) => image.closest('.guided-panel') !== null)).toBe(true);
    await waiting('warung-1').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowLeft');
    await panelNamed(page, /Sore hari di warung/).waitFor();
    await session.context.close();
  });

  it('keeps the stage under the finger when a tap swaps the panels, so the frame after it has no pointerover to send', async () => {
    const session = await open(browser);
    const { page } = session;
    await openSample(session);
    await balloonsShown(page);
    const box = (await page.locator('.guided-stage').boundingBox())!;
    const [x, y] = [box.x + box.width * 0.8, box.y + box.height * 0.5];
    await page.mouse.move(x, y);
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      for (const type of ['pointerover', 'pointerout'])
        window.addEventListener(type, (event) => seen.push(`${type} ${(event.target as Element).className}`), true);
    });
    for (const name of [/amplop tebal/, /memegang dagunya/]) {
      await page.mouse.click(x, y);
      await panelNamed(page, name).waitFor();
      await balloonsShown(page);
    }
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    await session.context.close();
  });

  it('shows the whole page and highlights the current panel', async () => {
    const session = await open(browser);
    const { page } = session;
    await openSample(session);
    await next(page);
    await page.getByRole('button', { name: 'Lihat halaman' }).click();
    await page.getByRole('button', { name: 'Baca mulai panel 2' }).waitFor();
    await screenshot(page, 'phone-page-view');
    await expectAccessible(page, 'page view');
    await session.context.close();
  });
});

describe('on a projector-size screen', () => {
  it('lays out every screen at 1280x720 without accessibility violations', async () => {
    const session = await open(browser, { width: 1280, height: 720 });
    const { page } = session;
    await page.goto(session.base);
    await page.getByRole('heading', { name: 'Jalan Sari' }).waitFor();
    await screenshot(page, 'projector-library');
    await expectAccessible(page, 'library at 1280');
    await openSample(session);
    await balloonsShown(page);
    await screenshot(page, 'projector-page-view');
    await expectAccessible(page, 'reader at 1280');
    await session.context.close();
  });
});
