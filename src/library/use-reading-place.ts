/**
 * A card's reading place. It needs the story and the engine, both fetched only for a story with a saved place: the
 * engine is not in the first script (issue 21: a first visit has no place to show), and opening a story loads it anyway.
 */
import { useEffect, useState } from 'react';
import { useStoryLoad } from '../content/use-story-load';
import type { ReadingState } from '../engine/state';
import type { ReadingPlace, readingPlace } from './reading-place';

type PlaceOf = typeof readingPlace;
// Once loaded, kept: a card shown again computes its place in its first render (no "not started" flash).
let placeOf: PlaceOf | null = null;

export function useReadingPlace(storyId: string, save: ReadingState | undefined, wanted: boolean): ReadingPlace | null {
  const { load } = useStoryLoad(storyId, wanted && save !== undefined);
  const [, setLoaded] = useState(placeOf !== null);
  useEffect(() => {
    if (!wanted || save === undefined || placeOf) return;
    let live = true;
    void import('./reading-place').then(
      (module) => {
        placeOf = module.readingPlace;
        if (live) setLoaded(true);
      },
      () => undefined, // offline before it was stored: the card shows no place, as before its story loads
    );
    return () => {
      live = false;
    };
  }, [wanted, save]);
  return load?.ok && save !== undefined && placeOf ? placeOf(load.value.story, save) : null;
}
