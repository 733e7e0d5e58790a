/**
 * Fetches and decodes the pictures the reader may see next (the next panel, or the first panel behind each
 * choice), so a tap shows the next panel at once instead of waiting for its picture on a slow phone.
 */
import { useEffect } from 'react';
import { artUrl } from '../content/bundled';
import { beatOf, choose, next, type ReadingState } from '../engine';
import { scenePanels } from '../story/reading-order';
import type { Story } from '../story/schema';

const KEEP = 8;
const warm = new Map<string, HTMLImageElement>();

function preload(url: string): void {
  if (warm.has(url)) return;
  const image = new Image();
  image.decoding = 'async';
  image.src = url;
  image.decode().catch(() => undefined);
  warm.set(url, image);
  // Keep a few in hand (so they stay decoded), not the whole story.
  if (warm.size > KEEP) warm.delete(warm.keys().next().value!);
}

/** The pictures one step ahead of `state`. */
export function artAhead(story: Story, state: ReadingState): string[] {
  const ahead = next(story, state);
  const beat = beatOf(story, ahead);
  const panelArt = (sceneId: string, panelId: string) => {
    const scene = story.scenes.find((item) => item.id === sceneId);
    return scene ? scenePanels(scene).find((place) => place.panel.id === panelId)?.panel.art : undefined;
  };
  if (beat.kind === 'panel') return [panelArt(beat.sceneId, beat.panelId)].filter((art): art is string => art !== undefined);
  if (beat.kind !== 'choices') return [];
  return beat.options.flatMap((option) => {
    const chosen = choose(story, ahead, option.id);
    if (!chosen.ok) return [];
    const after = beatOf(story, chosen.state);
    const art = after.kind === 'panel' ? panelArt(after.sceneId, after.panelId) : undefined;
    return art ? [art] : [];
  });
}

export function useArtPreload(story: Story, state: ReadingState): void {
  useEffect(() => {
    // After the current panel has painted: the next pictures must not delay it.
    const timer = window.setTimeout(() => {
      for (const art of artAhead(story, state)) preload(artUrl(story.id, art));
    }, 50);
    return () => window.clearTimeout(timer);
  }, [story, state]);
}
