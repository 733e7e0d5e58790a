/**
 * Any address the reader types, pastes or is sent opens a screen: a broken % escape or an unknown path is "not found"
 * (a screen with the way back), never an exception that leaves the page blank (issue 16 item 11).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../src/ui/routes';

/**
 * Address characters that matter to the parser: % with hex digits and others (escapes, broken or not), slashes, the
 * screens' names. (The browser gives the hash percent-encoded, so text from other scripts arrives as escapes.)
 */
const addressText = fc.string({
  unit: fc.constantFrom('#', '/', '%', '2', 'F', 'D', '8', 'z', 'e', '0', 'read', 'print', 'present', 'presenter', 'studio', '?', ' '),
  maxLength: 24,
});

describe('an address', { timeout: 30_000 }, () => {
  it.each(['#/read/%', '#/print/%zz', '#/present/%E0%A4%A/presenter', '#/studio/%ZZ', '#/read/%ED%A0%80', '#/%'])('%s cannot be read: "not found"', (hash) => {
    expect(parseRoute(hash)).toEqual({ screen: 'not-found' });
  });

  it('of any text opens a screen, and one whose % escapes are broken is "not found"', () => {
    fc.assert(
      fc.property(addressText, (hash) => {
        const route = parseRoute(hash);
        let readable = true;
        try {
          decodeURIComponent(hash);
        } catch {
          readable = false;
        }
        if (!readable) expect(route).toEqual({ screen: 'not-found' });
        // What the app links to for that screen reads back as the same screen.
        expect(parseRoute(routeHref(route))).toEqual(route);
      }),
      { numRuns: 3000 },
    );
  });

  it('to a story or draft of any name reads back as that story or draft, whatever characters the name holds', () => {
    const name = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' });
    const route: fc.Arbitrary<Route> = fc.oneof(
      name.map((storyId) => ({ screen: 'read' as const, storyId })),
      fc.tuple(name, fc.constantFrom('room' as const, 'presenter' as const)).map(([storyId, view]) => ({ screen: 'present' as const, storyId, view })),
      name.map((storyId) => ({ screen: 'print' as const, storyId })),
      name.map((draftId) => ({ screen: 'studio' as const, draftId })),
    );
    fc.assert(
      fc.property(route, (value) => {
        expect(parseRoute(routeHref(value))).toEqual(value);
      }),
      { numRuns: 2000 },
    );
  });
});
