/**
 * A card's reading place. It needs the story and the engine, both fetched only for a story with a saved place: the
 * engine is not in the first script (issue 21: a first visit has no place to show), and opening a story loads it anyway.
 * The card shows none of the story's text, so the story is loaded without registering it (as use-story-load does).
 */
import { useEffect, useState } from 'react';
import { settledStory } from '../content/loaded-stories';
import type { ReadingState } from '../engine/state';
import type { ReadingPlace, readingPlace } from './reading-place';

// Once loaded, kept: a card shown again computes its place in its first render (no "not started" flash).
let placeOf: typeof readingPlace | null = null;

export function useReadingPlace(storyId: string, save: ReadingState | undefined, wanted: boolean): ReadingPlace | null {
  const want = wanted && save !== undefined;
  const settled = settledStory(storyId);
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (!want || (placeOf && settled)) return;
    let live = true;
    const story = import('../content/load-story').then(({ loadBundledStory }) => loadBundledStory(storyId));
    void Promise.all([import('./reading-place'), story]).then(
      ([module]) => {
        placeOf = module.readingPlace;
        if (live) setLoads((count) => count + 1);
      },
      () => undefined, // offline before it was stored: the card shows no place, as before its story loads
    );
    return () => {
      live = false;
    };
  }, [want, storyId, settled]);
  return want && placeOf && settled?.ok ? placeOf(settled.value.story, save) : null;
}
