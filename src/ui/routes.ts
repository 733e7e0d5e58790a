/** The app's addresses (hash routes, so it works from any static host and offline). Features link with these.
 * #/ library · #/read/<story> · #/lessons · #/help · #/settings */
export type Route = { screen: 'library' } | { screen: 'read'; storyId: string } | { screen: 'lessons' } | { screen: 'help' } | { screen: 'settings' };

export function routeHref(route: Route): string {
  if (route.screen === 'read') return `#/read/${encodeURIComponent(route.storyId)}`;
  return route.screen === 'library' ? '#/' : `#/${route.screen}`;
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'read' && parts[1]) return { screen: 'read', storyId: parts[1] };
  if (parts[0] === 'lessons') return { screen: 'lessons' };
  if (parts[0] === 'settings') return { screen: 'settings' };
  if (parts[0] === 'help') return { screen: 'help' };
  return { screen: 'library' };
}
