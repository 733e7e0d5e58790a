import { useEffect, useState } from 'react';
import { parseRoute, routeHref, type Route } from '../ui/routes';

/** The route in the address; `initial` stands in for the address where there is none (the build's first screens). */
export function useRoute(initial?: Route): Route {
  const [route, setRoute] = useState(() => initial ?? parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      const next = parseRoute(window.location.hash);
      setRoute((current) => (routeHref(current) === routeHref(next) ? current : next));
    };
    window.addEventListener('hashchange', onChange);
    // The address may have changed before this listened: a link on the page's first screen (first-screen.tsx)
    // works before the app has started, and a tap on it can land between the first render and this effect.
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
