/**
 * How many of a long list to render (issue 21: a hundred cards rendered in one go cost seconds of a slow phone's main
 * thread before a tap worked): a first screenful at once, then a batch whenever the end of what is rendered comes near
 * the screen (scrolled to, or reached by Tab: `near` is called on focus). Nothing is added while the reader is not
 * moving through the list: cards added when the phone was idle, two at a time, were each a task of 150-400 ms on a
 * low-end phone, and they ran through the app's first seconds, when the reader's first tap comes. Items are added in
 * order at the end, so reading and Tab order stay the list's; each item says its place in the whole (aria-setsize).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

const NEAR_BATCH = 12;

export function useFirstScreenful(total: number, first: number): { shown: number; near: () => void; end: RefObject<HTMLLIElement | null> } {
  const [shown, setShown] = useState(Math.min(first, total));
  const end = useRef<HTMLLIElement>(null);
  const near = useCallback(() => setShown((count) => Math.min(count + NEAR_BATCH, total)), [total]);
  useEffect(() => {
    const element = end.current;
    // Every browser that runs the app's modules has IntersectionObserver; jsdom (the component tests) has not.
    if (!element || shown >= total || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && near(), { rootMargin: '600px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [shown, total, near]);
  return { shown, near, end };
}
