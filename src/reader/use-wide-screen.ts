import { useSyncExternalStore } from 'react';

/** Tablets and landscape screens get the page view by default. */
export const WIDE_SCREEN_QUERY = '(min-width: 900px) and (orientation: landscape)';

// One query list for the app, and a subscription React keeps across renders (a new one each render would make it
// unsubscribe and subscribe again, asking the browser to evaluate the query each time a panel changes).
let media: MediaQueryList | null = null;
const query = () => (media ??= window.matchMedia(WIDE_SCREEN_QUERY));
const subscribe = (onChange: () => void) => {
  query().addEventListener('change', onChange);
  return () => query().removeEventListener('change', onChange);
};
const isWide = () => query().matches;

export function useWideScreen(): boolean {
  // At build time (first-screen.tsx) there is no screen: the first screens are made for a phone.
  return useSyncExternalStore(subscribe, isWide, () => false);
}
