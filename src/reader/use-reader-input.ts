/**
 * How a thumb, a keyboard or a clicker moves through the comic: tap the right two thirds (or swipe left) for
 * next, the left third (or swipe right) for back, arrow keys and Page Up/Down, and a long press for the page.
 */
import { useEffect, useRef, type PointerEvent } from 'react';

const SWIPE_PX = 40;
const LONG_PRESS_MS = 600;

interface Handlers {
  onNext: () => void;
  onBack: () => void;
  onLongPress: () => void;
}

export function useReaderKeys({ onNext, onBack }: Omit<Handlers, 'onLongPress'>, enabled: boolean): void {
  const latest = useRef({ onNext, onBack });
  latest.current = { onNext, onBack };
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target instanceof Element && target.closest('input, select, textarea, [role="dialog"]')) return;
      if (['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key)) {
        event.preventDefault();
        latest.current.onNext();
      } else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) {
        event.preventDefault();
        latest.current.onBack();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

export function useTapZones({ onNext, onBack, onLongPress }: Handlers) {
  const start = useRef<{ x: number; y: number; time: number; timer: number; long: boolean } | null>(null);
  const clear = () => {
    if (start.current) window.clearTimeout(start.current.timer);
  };
  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      clear();
      const timer = window.setTimeout(() => {
        if (start.current) start.current.long = true;
        onLongPress();
      }, LONG_PRESS_MS);
      start.current = { x: event.clientX, y: event.clientY, time: Date.now(), timer, long: false };
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      const began = start.current;
      clear();
      start.current = null;
      if (!began || began.long) return;
      const dx = event.clientX - began.x;
      const dy = event.clientY - began.y;
      if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(dy)) {
        if (dx < 0) onNext();
        else onBack();
        return;
      }
      if (Math.abs(dx) > 10 || Math.abs(dy) > 10) return;
      const bounds = event.currentTarget.getBoundingClientRect();
      const fromStart = (event.clientX - bounds.left) / bounds.width;
      // In a right-to-left language the reading direction, and so the tap zones, are mirrored.
      // (Read from the root, not getComputedStyle: no style recalculation in the middle of a tap.)
      const rtl = (event.currentTarget.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.dir) === 'rtl';
      if ((rtl ? 1 - fromStart : fromStart) < 1 / 3) onBack();
      else onNext();
    },
    onPointerCancel: () => {
      clear();
      start.current = null;
    },
    onContextMenu: (event: { preventDefault: () => void }) => event.preventDefault(),
  };
}
