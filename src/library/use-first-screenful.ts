/**
 * How many of a long list to render (issue 21: a hundred cards rendered in one go cost seconds of a slow phone's main
 * thread before a tap worked): a first screenful at once; then a batch whenever the end of what is rendered comes
 * near the screen (scrolled to, or reached by Tab: `near` is called on focus), and a card or two at a time when the
 * phone is idle, each a short task, so that everything is there soon (find in page, a screen reader's list). Items are
 * added in order at the end, so reading and Tab order stay the list's.
 */
import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';

const NEAR_BATCH = 12;
const IDLE_BATCH = 2;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const idle = window.requestIdleCallback(run);
    return () => window.cancelIdleCallback(idle);
  }
  const timer = window.setTimeout(run, 50);
  return () => window.clearTimeout(timer);
}

export function useFirstScreenful(total: number, first: number): { shown: number; near: () => void; end: RefObject<HTMLLIElement | null> } {
  const [shown, setShown] = useState(Math.min(first, total));
  const end = useRef<HTMLLIElement>(null);
  const near = useCallback(() => setShown((count) => Math.min(count + NEAR_BATCH, total)), [total]);
  useEffect(() => {
    if (shown >= total) return;
    return whenIdle(() => startTransition(() => setShown((count) => Math.min(count + IDLE_BATCH, total))));
  }, [shown, total]);
  useEffect(() => {
    const element = end.current;
    if (!element || shown >= total || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && near(), { rootMargin: '600px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown, total, near]);
  return { shown, near, end };
}
