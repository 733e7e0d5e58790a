/** The app's addresses (hash routes, so it works from any static host and offline). Features link with these.
 * #/ library · #/read/<story> · #/present/<story> (the projected screen) · #/present/<story>/presenter (the
 * facilitator's window) · #/print · #/print/<story> · #/lessons · #/help · #/settings · #/studio (drafts) ·
 * #/studio/<draft> (one draft open in the Studio). Any other address, or one that
 * cannot be read (a broken % escape), is "not found": a screen with the way back, never a blank page. */
export type Route =
  | { screen: 'library' }
  | { screen: 'read'; storyId: string }
  | { screen: 'present'; storyId: string; view: 'room' | 'presenter' }
  | { screen: 'print'; storyId: string | null }
  | { screen: 'lessons' }
  | { screen: 'help' }
  | { screen: 'settings' }
  | { screen: 'studio'; draftId: string | null }
  | { screen: 'not-found' };

export function routeHref(route: Route): string {
  if (route.screen === 'read') return `#/read/${encodeURIComponent(route.storyId)}`;
  if (route.screen === 'present') return `#/present/${encodeURIComponent(route.storyId)}${route.view === 'presenter' ? '/presenter' : ''}`;
  if (route.screen === 'print') return route.storyId ? `#/print/${encodeURIComponent(route.storyId)}` : '#/print';
  if (route.screen === 'studio') return route.draftId ? `#/studio/${encodeURIComponent(route.draftId)}` : '#/studio';
  return route.screen === 'library' ? '#/' : `#/${route.screen}`;
}

export function parseRoute(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { screen: 'not-found' };
  }
  if (parts[0] === undefined) return { screen: 'library' };
  if (parts[0] === 'read' && parts[1]) return { screen: 'read', storyId: parts[1] };
  if (parts[0] === 'present' && parts[1]) return { screen: 'present', storyId: parts[1], view: parts[2] === 'presenter' ? 'presenter' : 'room' };
  if (parts[0] === 'print') return { screen: 'print', storyId: parts[1] ?? null };
  if (parts[0] === 'lessons') return { screen: 'lessons' };
  if (parts[0] === 'settings') return { screen: 'settings' };
  if (parts[0] === 'help') return { screen: 'help' };
  if (parts[0] === 'studio') return { screen: 'studio', draftId: parts[1] ?? null };
  return { screen: 'not-found' };
}
