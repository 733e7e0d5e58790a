import { useSyncExternalStore } from 'react';

/** Tablets and landscape screens get the page view by default. */
export const WIDE_SCREEN_QUERY = '(min-width: 900px) and (orientation: landscape)';
/** A phone on its side: too short for text over the art, so guided view puts the text beside it (comic.css too). */
export const SHORT_LANDSCAPE_QUERY = '(orientation: landscape) and (max-height: 500px)';

// One query list per query for the app, and a subscription React keeps across renders (a new one each render would
// make it unsubscribe and subscribe again, asking the browser to evaluate the query each time a panel changes).
const lists = new Map<string, { media: MediaQueryList; subscribe: (onChange: () => void) => () => void; matches: () => boolean }>();
function watched(query: string) {
  let entry = lists.get(query);
  if (!entry) {
    const media = window.matchMedia(query);
    entry = {
      media,
      subscribe: (onChange) => {
        media.addEventListener('change', onChange);
        return () => media.removeEventListener('change', onChange);
      },
      matches: () => media.matches,
    };
    lists.set(query, entry);
  }
  return entry;
}

// At build time (first-screen.tsx) there is no screen: the first screens are made for a phone held upright.
const NO_SCREEN = { subscribe: () => () => {}, matches: () => false };
function useQuery(query: string): boolean {
  const { subscribe, matches } = typeof window === 'undefined' ? NO_SCREEN : watched(query);
  return useSyncExternalStore(subscribe, matches, () => false);
}

export const useWideScreen = (): boolean => useQuery(WIDE_SCREEN_QUERY);
export const useShortLandscape = (): boolean => useQuery(SHORT_LANDSCAPE_QUERY);
