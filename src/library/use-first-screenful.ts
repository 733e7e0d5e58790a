/**
 * How many of a long list to render: a first screenful at once, the rest a batch at a time when the browser is idle
 * (issue 21: a hundred cards rendered in one go cost seconds of a slow phone's main thread before a tap worked).
 * Items are added in order at the end, so reading and Tab order stay the list's; `showAll` renders the rest at once
 * (a keyboard user who reaches the list does not wait for idle time).
 */
import { startTransition, useCallback, useEffect, useState } from 'react';

const BATCH = 12;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const idle = window.requestIdleCallback(run, { timeout: 1000 });
    return () => window.cancelIdleCallback(idle);
  }
  const timer = window.setTimeout(run, 50);
  return () => window.clearTimeout(timer);
}

export function useFirstScreenful(total: number, first: number): { shown: number; showAll: () => void } {
  const [shown, setShown] = useState(Math.min(first, total));
  useEffect(() => {
    if (shown >= total) return;
    return whenIdle(() => startTransition(() => setShown((count) => Math.min(count + BATCH, total))));
  }, [shown, total]);
  const showAll = useCallback(() => setShown(total), [total]);
  return { shown, showAll };
}
