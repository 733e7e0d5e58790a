import { useSyncExternalStore } from 'react';

/** Tablets and landscape screens get the page view by default. */
const QUERY = '(min-width: 900px) and (orientation: landscape)';

export function useWideScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(QUERY);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(QUERY).matches,
  );
}
