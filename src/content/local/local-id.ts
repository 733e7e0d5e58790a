/**
 * Stories on this phone (received as .komik packs) live in their own ID space: "local-<the pack's story ID>". A pack
 * of a bundled story (an adapted "jalan-sari") is then a second story beside the app's, never mixed with it: its own
 * progress, its own text and its own pictures. Renaming, rather than refusing, lets a facilitator share an adapted
 * bundled story, and the prefix is a valid story ID, so the progress store keeps the reader's place in it.
 * Tiny on purpose: the library and the loader import it up front; the store and the pack reader load on demand.
 */
import { MAX_ID_LENGTH } from '../../story/id';

export const LOCAL_PREFIX = 'local-';
/** A pack's story ID may be this long at most: with the prefix it is still a story ID. */
export const MAX_PACK_ID_LENGTH = MAX_ID_LENGTH - LOCAL_PREFIX.length;

export function localStoryId(packStoryId: string): string {
  return `${LOCAL_PREFIX}${packStoryId}`;
}

/** Bundled story folders never start with the prefix (tests/unit/local-stories.test.ts holds them to it). */
export function isLocalStoryId(storyId: string): boolean {
  return storyId.startsWith(LOCAL_PREFIX);
}

/** A mark that this phone holds stories of its own, so the library fetches the store's code only when there are some. */
const MARK = 'komik-saku/on-this-phone';

export function mayHaveLocalStories(): boolean {
  try {
    return localStorage.getItem(MARK) === '1';
  } catch {
    return false;
  }
}

export function markLocalStories(any: boolean): void {
  try {
    if (any) localStorage.setItem(MARK, '1');
    else localStorage.removeItem(MARK);
  } catch {
    // Without localStorage the library still lists them after a file is opened in this session.
  }
}

/** The service worker opened the library with "?shared-pack": a file was shared to the app (public/share-target.js). */
export function sharedPackWaiting(): boolean {
  return typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('shared-pack');
}
