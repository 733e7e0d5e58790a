/**
 * Double-tap zoom on the whole page (issue 15), as comic readers do: a double tap zooms into the point tapped (it stays
 * under the finger), another zooms back out. A single tap still presses what is under it, once the double-tap window
 * has passed; a click no pointer made (keyboard, screen reader) opens it at once. The guided view keeps its taps
 * instant and leaves zoom to two fingers: there a wait after every tap would slow every step of the story.
 */
import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent } from 'react';

/** Two taps closer than this in time (and TAP_SLOP_PX * 4 apart) are one double tap. */
export const DOUBLE_TAP_MS = 300;
const TAP_SLOP_PX = 10;
export const PAGE_ZOOM = 2.5;

interface Tap {
  x: number;
  y: number;
  time: number;
}

/** A double tap, or the start of what may become one. */
export const isDoubleTap = (previous: Tap | null, tap: Tap): boolean =>
  previous !== null && tap.time - previous.time <= DOUBLE_TAP_MS && Math.hypot(tap.x - previous.x, tap.y - previous.y) <= TAP_SLOP_PX * 4;

export function usePageZoom() {
  const holder = useRef<HTMLDivElement>(null);
  // Where the zoom was asked for: the point on screen and the same point as fractions of the page.
  const [zoom, setZoom] = useState<{ x: number; y: number; across: number; down: number } | null>(null);
  const down = useRef<Tap | null>(null);
  const lastTap = useRef<Tap | null>(null);
  const pending = useRef(0);
  useEffect(() => () => window.clearTimeout(pending.current), []);
  useLayoutEffect(() => {
    const stage = holder.current?.querySelector<HTMLElement>('.page-stage');
    const page = stage?.querySelector<HTMLElement>('.comic-page');
    if (!zoom || !stage || !page) return;
    // Scrolled so that the point tapped is under the finger again.
    const box = page.getBoundingClientRect();
    stage.scrollLeft += box.left + zoom.across * box.width - zoom.x;
    stage.scrollTop += box.top + zoom.down * box.height - zoom.y;
  }, [zoom]);

  const onDoubleTap = (tap: Tap) => {
    const page = holder.current?.querySelector<HTMLElement>('.comic-page');
    if (zoom || !page) return setZoom(null);
    const box = page.getBoundingClientRect();
    const fraction = (value: number) => Math.min(1, Math.max(0, value));
    setZoom({ x: tap.x, y: tap.y, across: fraction((tap.x - box.left) / box.width), down: fraction((tap.y - box.top) / box.height) });
  };
  const handlers = {
    onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
      down.current = event.isPrimary ? { x: event.clientX, y: event.clientY, time: event.timeStamp } : null;
    },
    onPointerUp: (event: ReactPointerEvent<HTMLElement>) => {
      const began = down.current;
      down.current = null;
      // A tap began here (not the long press that opened the page), short and still.
      if (!began || event.timeStamp - began.time > DOUBLE_TAP_MS || Math.hypot(event.clientX - began.x, event.clientY - began.y) > TAP_SLOP_PX) return;
      const tap = { x: event.clientX, y: event.clientY, time: event.timeStamp };
      window.clearTimeout(pending.current);
      if (isDoubleTap(lastTap.current, tap)) {
        lastTap.current = null;
        onDoubleTap(tap);
        return;
      }
      lastTap.current = tap;
      // No second tap: the tap does what it would have done, the click on what is under it.
      pending.current = window.setTimeout(() => {
        lastTap.current = null;
        document.elementFromPoint(tap.x, tap.y)?.closest<HTMLElement>('button')?.click();
      }, DOUBLE_TAP_MS);
    },
    onPointerCancel: () => {
      down.current = null;
    },
    // A pointer's own click waits for the double-tap window (above); one no pointer made acts at once.
    onClickCapture: (event: ReactMouseEvent<HTMLElement>) => {
      if (event.detail === 0) return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
  return { holder, zoomed: zoom !== null, handlers };
}
