/**
 * Fetches the pictures the reader may see after the next choice (the first panel behind each option), so the panel a
 * choice leads to shows at once on a slow connection. The next panel in guided view needs no help: it is already in
 * the page (guided-view.tsx). Fetched only, not decoded: decoding an SVG ahead is a long task of its own on a slow
 * phone, and the browser draws it when it is shown anyway.
 */
import { useEffect } from 'react';
import { artUrl } from '../content/bundled';
import { beatOf, choose, next, panelPlace, type ReadingState } from '../engine';
import type { Story } from '../story/schema';

const KEEP = 8;
const warm = new Map<string, HTMLImageElement>();

function preload(url: string): void {
  if (warm.has(url)) return;
  const image = new Image();
  image.src = url;
  warm.set(url, image);
  // Keep a few in hand (the browser keeps a picture that is still referenced), not the whole story.
  if (warm.size > KEEP) warm.delete(warm.keys().next().value!);
}

/** The pictures behind the choices one step ahead of `state` (none when the next step is not a choice). */
export function artBehindNextChoice(story: Story, state: ReadingState): string[] {
  const ahead = next(story, state);
  const beat = beatOf(story, ahead);
  if (beat.kind !== 'choices') return [];
  return beat.options.flatMap((option) => {
    const chosen = choose(story, ahead, option.id);
    if (!chosen.ok) return [];
    const after = beatOf(story, chosen.state);
    if (after.kind !== 'panel') return [];
    const art = panelPlace(story, after).panel.art;
    return art ? [art] : [];
  });
}

export function useArtPreload(story: Story, state: ReadingState): void {
  useEffect(() => {
    // After the current panel has painted: the next pictures must not delay it.
    const timer = window.setTimeout(() => {
      for (const art of artBehindNextChoice(story, state)) preload(artUrl(story.id, art));
    }, 50);
    return () => window.clearTimeout(timer);
  }, [story, state]);
}
