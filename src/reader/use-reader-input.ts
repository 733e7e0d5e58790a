/**
 * How a thumb, a keyboard or a clicker moves through the comic: tap the right two thirds (or swipe left) for
 * next, the left third (or swipe right) for back, arrow keys and Page Up/Down, and a long press for the page.
 */
import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { tapGoesBack } from '../ui/tap-zone';

const SWIPE_PX = 40;
const LONG_PRESS_MS = 600;

interface Handlers {
  onNext: () => void;
  onBack: () => void;
  onLongPress: () => void;
}

export function useReaderKeys({ onNext, onBack }: Omit<Handlers, 'onLongPress'>, enabled: boolean): void {
  // An effect event sees the latest handlers without subscribing again on every render.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target instanceof Element && target.closest('input, select, textarea, dialog, [role="dialog"]')) return;
    if (['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key)) {
      event.preventDefault();
      onNext();
    } else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) {
      event.preventDefault();
      onBack();
    }
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}

export function useTapZones({ onNext, onBack, onLongPress }: Handlers) {
  const start = useRef<{ x: number; y: number; time: number; timer: number; long: boolean } | null>(null);
  const clear = () => {
    if (start.current) window.clearTimeout(start.current.timer);
  };
  return {
    onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      clear();
      const timer = window.setTimeout(() => {
        if (start.current) start.current.long = true;
        onLongPress();
      }, LONG_PRESS_MS);
      start.current = { x: event.clientX, y: event.clientY, time: Date.now(), timer, long: false };
    },
    onPointerUp: (event: ReactPointerEvent<HTMLElement>) => {
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
      if (tapGoesBack(event.currentTarget, event.clientX)) onBack();
      else onNext();
    },
    onPointerCancel: () => {
      clear();
      start.current = null;
    },
    onContextMenu: (event: { preventDefault: () => void }) => event.preventDefault(),
  };
}

/** How long a new screen ignores taps after it appeared and after the last finger was lifted. */
export const FRESH_SCREEN_MS = 350;

/**
 * The pointers down now, and when the last one came up: a screen must know of a finger pressed before it appeared
 * (a long press). Watched once for the app, at the window, before anything else hears of them.
 */
const pointers = { down: new Set<number>(), lastUp: 0, listeners: new Set<() => void>() };
let watching = false;
function watchPointers() {
  if (watching) return;
  watching = true;
  const options = { capture: true, passive: true };
  window.addEventListener('pointerdown', (event) => pointers.down.add(event.pointerId), options);
  const up = (event: PointerEvent) => {
    pointers.down.delete(event.pointerId);
    pointers.lastUp = performance.now();
    for (const listener of pointers.listeners) listener();
  };
  window.addEventListener('pointerup', up, options);
  window.addEventListener('pointercancel', up, options);
}

/**
 * A new screen ignores the gesture that brought it. A panel moves on at the finger's release, and the browser then
 * sends that same tap's click to whatever is under the finger now: a choice card the reader has never seen, or, under
 * a long press, a panel of the whole page. So on each new `screen` (a string naming it) the buttons under the element
 * given these props are inert (`data-waking`; reader.css) until every finger is up and a short guard has passed, and
 * a pointer's click counts only when its own press began on that same button after that. Keyboard and screen-reader
 * activations (a click no pointer made: `detail` 0) always count.
 */
export function useFreshScreenGuard(screen: string) {
  const [awake, setAwake] = useState<string | null>(null);
  const press = useRef<Element | null>(null);
  useLayoutEffect(() => {
    watchPointers();
    const shownAt = performance.now();
    press.current = null;
    let timer = 0;
    const wake = () => {
      window.clearTimeout(timer);
      if (pointers.down.size > 0) return; // tried again when the last finger comes up
      const left = FRESH_SCREEN_MS - (performance.now() - Math.max(shownAt, pointers.lastUp));
      if (left > 0) timer = window.setTimeout(wake, left);
      else setAwake(screen);
    };
    pointers.listeners.add(wake);
    wake();
    return () => {
      window.clearTimeout(timer);
      pointers.listeners.delete(wake);
    };
  }, [screen]);
  const waking = awake !== screen;
  return {
    'data-waking': waking ? '' : undefined,
    onPointerDownCapture: (event: ReactPointerEvent<HTMLElement>) => {
      press.current = waking ? null : (event.target as Element).closest('button, a');
    },
    onClickCapture: (event: ReactMouseEvent<HTMLElement>) => {
      if (event.detail === 0) return;
      const target = (event.target as Element).closest('button, a');
      const deliberate = !waking && target !== null && press.current === target;
      press.current = null;
      if (deliberate) return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
}
