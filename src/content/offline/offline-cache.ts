/**
 * The stories' files in the service worker's cache (STORY_CACHE): the build's list of them, what the cache holds,
 * saving files (six at a time, what was saved stays when the connection drops) and deleting them. What is saved is read
 * from the cache itself every time, so "saved" is only said of a story whose every file is there.
 */
import { OFFLINE_LIST_FILE, OFFLINE_SIZES_FILE, readOfflineList, readOfflineSizes, STORY_CACHE, type OfflineList, type OfflineSizes } from './plan';

/** One of the build's files, fetched once (the service worker has it from the first visit); a failure is tried again next time. */
function fetchedOnce<T>(file: string, read: (raw: unknown) => T | null): () => Promise<T | null> {
  let load: Promise<T | null> | null = null;
  return () => {
    load ??= fetch(`${import.meta.env.BASE_URL}${file}`)
      .then((response) => (response.ok ? response.json() : null))
      .then(read)
      .catch(() => null)
      .then((found) => {
        if (!found) load = null;
        return found;
      });
    return load;
  };
}

/** The build's list of every story's files. */
export const fetchOfflineList: () => Promise<OfflineList | null> = fetchedOnce(OFFLINE_LIST_FILE, readOfflineList);

/** The list's sizes alone: enough for a phone with no story saved. */
export const fetchOfflineSizes: () => Promise<OfflineSizes | null> = fetchedOnce(OFFLINE_SIZES_FILE, readOfflineSizes);

const urlOf = (path: string) => new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href).href;

/** The paths (from the app's base) of every file in the story cache. */
export async function storedPaths(): Promise<Set<string>> {
  const cache = await caches.open(STORY_CACHE);
  const base = new URL(import.meta.env.BASE_URL, window.location.href).pathname;
  return new Set(
    (await cache.keys())
      .map((request) => new URL(request.url).pathname)
      .filter((path) => path.startsWith(base))
      .map((path) => path.slice(base.length)),
  );
}

/**
 * Saves the files not saved yet, telling after each one which it was. Resolves to false when some could not be fetched
 * (offline half-way, the server gone): what was saved stays, and saving again fetches only the rest.
 */
export async function saveFiles(paths: string[], onSaved: (path: string) => void): Promise<boolean> {
  const cache = await caches.open(STORY_CACHE);
  const queue = [...paths];
  let ok = true;
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const url = urlOf(path);
      try {
        if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url);
        onSaved(path);
      } catch {
        ok = false;
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return ok;
}

export async function deleteFiles(paths: string[]): Promise<void> {
  const cache = await caches.open(STORY_CACHE);
  await Promise.all(paths.map((path) => cache.delete(urlOf(path), { ignoreVary: true })));
}
