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
import { stackedTops } from '../comic/use-balloon-places';
import { wordSpans } from '../story/number-runs';
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
        if (fits(panels[index]!) || shares[index] === 1) return false;
        shares[index] = Math.max(1, shares[index]! * STEP);
        return true;
      });
    }
    for (const index of pending) panels[index]!.style.setProperty('--wall-share', shares[index]!.toFixed(3));
  }, [ref, content]);
}

function fits(panel: HTMLElement): boolean {
  const layer = panel.querySelector<HTMLElement>('.balloon-layer');
  if (!layer) return true;
  const balloons = [...layer.querySelectorAll<HTMLElement>('.balloon')];
  if (balloons.some((balloon) => brokenWord(balloon.querySelector('.balloon-text')))) return false;
  // Taller balloons are pushed below the earlier ones they would cover (the reader's own rule, stackedTops): after
  // that, every balloon must still end inside the panel.
  const boxes = balloons.map((balloon) => ({ left: balloon.offsetLeft, right: balloon.offsetLeft + balloon.offsetWidth, top: authoredTop(balloon, layer), height: balloon.offsetHeight }));
  const tops = stackedTops(boxes);
  const frame = layer.getBoundingClientRect();
  return balloons.every((balloon, index) => {
    const top = tops[index]!;
    // Until the balloon's new place is measured (src/comic/use-balloon-places.ts) its tail stretches with it: its tip
    // must stay in the panel too, or it points past the speaker into the next panel.
    const moved = top - balloon.offsetTop;
    const tail = [...balloon.querySelectorAll('.balloon-tail > *')].map((shape) => shape.getBoundingClientRect());
    // A sound effect stays on one line (present.css) and may reach past its box: its letters must stay in the panel.
    const sound = balloon.classList.contains('balloon-sfx') ? [textBox(balloon)] : [];
    const inside = [...tail, ...sound].every((box) => box.bottom + moved <= frame.bottom + 1 && box.left >= frame.left - 1 && box.right <= frame.right + 1);
    return top + boxes[index]!.height <= layer.clientHeight + 1 && inside;
  });
}

/**
 * A word split across two lines (at a hyphen is fine), or a phone number: the balloon is too narrow for the text at
 * this size.
 */
function brokenWord(text: Element | null): boolean {
  if (!text) return false;
  const range = document.createRange();
  // The text's own nodes and those of the numbers in it (BalloonView).
  const nodes = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let node = nodes.nextNode(); node; node = nodes.nextNode()) {
    for (const word of wordSpans(node.textContent ?? '')) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word.text.length);
      if (new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size > 1) return true;
    }
  }
  return false;
}

function textBox(balloon: HTMLElement): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(balloon.querySelector('.balloon-text') ?? balloon);
  return range.getBoundingClientRect();
}

/** Where the author put the balloon, before any shift: BalloonView writes its top as calc(<y>% + <shift>px). */
function authoredTop(balloon: HTMLElement, layer: HTMLElement): number {
  const percent = /^calc\(([\d.]+)%/.exec(balloon.style.top)?.[1];
  return percent === undefined ? balloon.offsetTop : (parseFloat(percent) / 100) * layer.clientHeight;
}
