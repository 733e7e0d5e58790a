/** The projected wall and its presenter window, as the browser tests drive them (present.e2e.ts, present-room.e2e.ts). */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Session } from './browser';

/** The panel on the projected stage, or what is there instead (choices, ending). */
export const onStage = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('.present-stage [data-panel]')?.getAttribute('data-panel') ??
      document.querySelector('.present-room')?.getAttribute('data-beat') ??
      null,
  );

export const expectOnStage = (page: Page, what: string) => expect.poll(() => onStage(page), { timeout: 5000 }).toBe(what);

/** Waits until the window listens to keys and to the other window. */
export const ready = (page: Page) => page.locator('.present[data-connected="true"]').waitFor();

/** The option the room has marked at a vote. */
export const marked = (page: Page) => page.locator('.present-vote').getAttribute('data-marked');

export async function present(session: Session, storyId = 'sample') {
  await session.page.goto(`${session.base}#/present/${storyId}`);
  await ready(session.page);
}

/**
 * Clicks a tool of the wall's toolbar as a facilitator's mouse does: moving wakes the toolbar, which fades after a few
 * seconds without a move and then takes no clicks.
 */
export async function clickTool(page: Page, name: string): Promise<void> {
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 210);
  await page.getByRole('button', { name }).click();
}

export async function openPresenter(session: Session): Promise<Page> {
  const [presenter] = await Promise.all([session.context.waitForEvent('page'), clickTool(session.page, 'Tampilan fasilitator')]);
  presenter.on('pageerror', (error) => session.errors.push(`presenter: ${error.message}`));
  await ready(presenter);
  return presenter;
}
