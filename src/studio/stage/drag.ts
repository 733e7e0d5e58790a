/**
 * A drag on the stage with real pointer events (mouse, pen and touch alike): the pointer is captured by the handle
 * that was pressed, so the drag goes on when it leaves the handle, and each move reports how far the pointer has gone
 * since it was pressed, in fractions of the panel. At the end, `dropped` is false when the browser took the pointer
 * away (pointercancel: a touch turned into a scroll or a system gesture): the drag is then undone.
 */
import type { PointerEvent as ReactPointerEvent } from 'react';

export function startDrag(
  event: ReactPointerEvent<HTMLElement>,
  panel: HTMLElement,
  onMove: (dx: number, dy: number) => void,
  onEnd: (dropped: boolean) => void,
): void {
  if (event.button !== 0) return;
  event.preventDefault();
  const handle = event.currentTarget;
  const frame = panel.getBoundingClientRect();
  const start = { x: event.clientX, y: event.clientY };
  handle.setPointerCapture?.(event.pointerId);
  const move = (moved: PointerEvent) => {
    if (frame.width > 0 && frame.height > 0) onMove((moved.clientX - start.x) / frame.width, (moved.clientY - start.y) / frame.height);
  };
  const end = (ended: PointerEvent) => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', end);
    handle.removeEventListener('pointercancel', end);
    onEnd(ended.type === 'pointerup');
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
}
