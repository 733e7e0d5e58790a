/**
 * Text on the wall as big as the slide allows, and never cut off. Option texts, prompts and lesson messages differ
 * in length from story to story and from language to language (an English option can be twice its Indonesian
 * one), so no fixed size fits them all: this lowers the slide's --fit factor (present.css multiplies the slide's
 * font sizes by it) in small steps until nothing overflows, never below `min`; again when the stage is resized
 * (fullscreen, a second projector) or the self-hosted font arrives.
 *
 * What counts as overflowing: the slide taller than the stage, the slide itself scrolling (with data-fit-scroll), a
 * child of a [data-fit-box] reaching outside it, or a word wider than its [data-fit-text] line. Child and box are
 * compared with each other, so the cards' entrance (a translation of the whole card) does not disturb the measure.
 */
import { useLayoutEffect, type RefObject } from 'react';

const STEP = 0.05;

export function useFitText(ref: RefObject<HTMLElement | null>, content: unknown, min = 0.6): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const fit = () => {
      let scale = 1;
      root.style.setProperty('--fit', '1');
      while (scale > min && overflows(root)) {
        scale = Math.max(min, Math.round((scale - STEP) * 100) / 100);
        root.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
    observer?.observe(root);
    document.fonts?.addEventListener('loadingdone', fit);
    return () => {
      observer?.disconnect();
      document.fonts?.removeEventListener('loadingdone', fit);
    };
  }, [ref, content, min]);
}

export function overflows(root: HTMLElement): boolean {
  const parent = root.parentElement;
  if (parent && root.offsetHeight > parent.clientHeight + 1) return true;
  if (root.hasAttribute('data-fit-scroll') && root.scrollHeight > root.clientHeight + 1) return true;
  for (const box of root.querySelectorAll<HTMLElement>('[data-fit-box]')) {
    // Inside the box's border and padding: text pressed against a card's edge reads as cut off from afar.
    const outer = box.getBoundingClientRect();
    const style = getComputedStyle(box);
    const top = outer.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    const bottom = outer.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
    for (const child of box.children) {
      const inner = child.getBoundingClientRect();
      if (inner.height > 1 && (inner.top < top - 1 || inner.bottom > bottom + 1)) return true;
    }
  }
  for (const line of root.querySelectorAll<HTMLElement>('[data-fit-text]')) {
    if (line.scrollWidth > line.clientWidth + 1) return true;
  }
  return false;
}
