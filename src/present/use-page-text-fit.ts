/**
 * Page steps: each panel's balloon text as close to the wall size (4% of the stage height, 28.8 px at 1280x720) as
 * its balloons allow, and never under the author's own proportion (what the reader's page view shows). One factor
 * cannot serve every page: the narrow balloons of a four-panel row already break words at 1.15 times the author's
 * size, while a page of one panel takes twice it. So each panel's factor (--wall-share, present.css) starts where
 * its text would reach the wall size and is lowered step by step until no word is wider than its balloon and no
 * balloon, nor its tail, runs out of the panel.
 *
 * It runs before the page is painted (and before the balloons' own overlap shifts are measured, src/comic). Sizes
 * are in stage units, so a fit holds when the stage is resized; it is redone when the page, language or text
 * setting changes.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { balloonsFit } from '../comic/balloon-fit';
import { BALLOON_FONT_SHARE } from '../story/reading-order';

/** The wall size, as a share of the stage height (present.css). */
const WALL_SHARE = 0.04;
const STEP = 0.92;
const ROUNDS = 16;

export function usePageTextFit(ref: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const page = ref.current;
    const stage = page?.closest<HTMLElement>('.present-stage');
    if (!page || !stage || stage.clientHeight === 0) return;
    const panels = [...page.querySelectorAll<HTMLElement>('.present-page-panel')];
    const shares = panels.map((panel) => {
      const figure = panel.querySelector<HTMLElement>('.panel');
      const frameWidth = parseFloat(figure?.style.getPropertyValue('--frame-w') ?? '') || 1;
      const authored = (BALLOON_FONT_SHARE * (figure?.clientWidth ?? 0)) / frameWidth;
      return authored > 0 ? Math.max(1, (WALL_SHARE * stage.clientHeight) / authored) : 1;
    });
    let pending = panels.map((_, index) => index);
    for (let round = 0; round < ROUNDS && pending.length > 0; round++) {
      for (const index of pending) panels[index]!.style.setProperty('--wall-share', shares[index]!.toFixed(3));
      pending = pending.filter((index) => {
        if (balloonsFit(panels[index]!) || shares[index] === 1) return false;
        shares[index] = Math.max(1, shares[index]! * STEP);
        return true;
      });
    }
    for (const index of pending) panels[index]!.style.setProperty('--wall-share', shares[index]!.toFixed(3));
  }, [ref, content]);
}
