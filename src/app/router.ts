import { useEffect, useState } from 'react';
import { parseRoute, type Route } from '../ui/routes';

/** The route in the address; `initial` stands in for the address where there is none (the build's first screens). */
export function useRoute(initial?: Route): Route {
  const [route, setRoute] = useState(() => initial ?? parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
