/**
 * Whether a panel's balloons fit it at the text size they have now: no word split over two lines, and every balloon,
 * once moved below the earlier ones it would cover (stackedTops, the reader's own rule), still inside the panel with
 * its tail. Measured in the browser's layout. The wall tries sizes with it (src/present/use-page-text-fit.ts); the
 * reader's guided view puts the text below the art when it says no (src/reader/guided-view.tsx).
 */
import { wordSpans } from '../story/number-runs';
import { stackedTops } from './use-balloon-places';

/** `panel`: an element holding the panel's `.balloon-layer`. */
export function balloonsFit(panel: HTMLElement): boolean {
  const layer = panel.querySelector<HTMLElement>('.balloon-layer');
  if (!layer) return true;
  const balloons = [...layer.querySelectorAll<HTMLElement>('.balloon')];
  if (balloons.some((balloon) => brokenWord(balloon.querySelector('.balloon-text')))) return false;
  // Taller balloons are pushed below the earlier ones they would cover (the reader's own rule, stackedTops): after
  // that, every balloon must still end inside the panel.
  const boxes = balloons.map((balloon) => ({
    left: balloon.offsetLeft,
    right: balloon.offsetLeft + balloon.offsetWidth,
    top: authoredTop(balloon, layer),
    height: balloon.offsetHeight,
  }));
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

/**
 * How much of the panel its balloons cover, 0 to 1 (overlaps counted twice: an estimate). Grown by large text they
 * hide the faces the art is about.
 */
export function balloonShare(panel: HTMLElement): number {
  const layer = panel.querySelector<HTMLElement>('.balloon-layer');
  if (!layer || layer.clientWidth * layer.clientHeight === 0) return 0;
  const covered = [...layer.querySelectorAll<HTMLElement>('.balloon')].reduce((sum, balloon) => sum + balloon.offsetWidth * balloon.offsetHeight, 0);
  return covered / (layer.clientWidth * layer.clientHeight);
}
