/**
 * Which files each bundled story needs to be read offline, and how much of it this phone has saved. Pure: the build
 * writes the list (vite.config.ts), the browser compares it with what its cache holds (offline-cache.ts), and the
 * tests run it without a browser. A story's files are its text (script and translations, as the build's chunks), its
 * recorded narration and its pictures, its cover among them (print shows it); the library's small card cover comes with
 * the app.
 */

/** The build's list of each story's files with their sizes (vite.config.ts writes it). */
export const OFFLINE_LIST_FILE = 'offline-files.json';

/**
 * The same list's sizes alone (vite.config.ts writes it): each story's and every story's together, each file once. A
 * phone with no story saved needs nothing more to show the cards and the "all stories now" offer; the list itself grows
 * by ~3 KB a story (294 KB with a hundred: 30–50 ms of a start at 1x CPU to decode and read, issue 21), and is fetched
 * only when some story file is saved, or to save or remove one.
 */
export const OFFLINE_SIZES_FILE = 'offline-sizes.json';

/**
 * The service worker's cache of story files. The name is the one it had when it held only pictures: phones that
 * stored pictures with an older version keep them.
 */
export const STORY_CACHE = 'komik-saku-art';

export interface StoryFiles {
  /** Paths from the app's base ("assets/story-3Uq4O_TH.js", "panels/jalan-sari/tawaran-1.svg") with their bytes. */
  files: { path: string; bytes: number }[];
  bytes: number;
}

/** Story ID → its files. */
export type OfflineList = Record<string, StoryFiles>;

export type OfflineState =
  | { kind: 'none'; bytes: number }
  /** Some files saved (stopped half-way, or read "as I read"): `saved` of `bytes`. */
  | { kind: 'partial'; saved: number; bytes: number }
  | { kind: 'saved'; bytes: number };

/**
 * A story's list entry from its files, sorted (by code unit: the order only keeps the build's list stable, and
 * localeCompare made sorting the fetched list ~23 ms of the library's start on a phone, issue 21), with their total.
 */
export function storyFiles(files: { path: string; bytes: number }[]): StoryFiles {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: sorted, bytes: sorted.reduce((sum, file) => sum + file.bytes, 0) };
}

/** The list as fetched: anything else than the shape the build writes is left out (a file from an older version). */
export function readOfflineList(raw: unknown): OfflineList | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const list: OfflineList = {};
  for (const [storyId, entry] of Object.entries(raw as Record<string, unknown>)) {
    const files = (entry as { files?: unknown } | null)?.files;
    if (!Array.isArray(files)) continue;
    const valid = files.filter(
      (file): file is { path: string; bytes: number } =>
        typeof (file as { path?: unknown })?.path === 'string' && Number.isFinite((file as { bytes?: unknown }).bytes),
    );
    list[storyId] = storyFiles(valid.map(({ path, bytes }) => ({ path, bytes })));
  }
  return list;
}

export interface OfflineSizes {
  /** Every story's files together, each once. */
  bytes: number;
  /** Story ID → its files' bytes. */
  stories: Record<string, number>;
}

/** The sizes the build writes from the list. */
export function offlineSizes(list: OfflineList): OfflineSizes {
  return { bytes: allStoryBytes(list), stories: Object.fromEntries(Object.entries(list).map(([storyId, story]) => [storyId, story.bytes])) };
}

/** The sizes as fetched, or null when they are not what the build writes. */
export function readOfflineSizes(raw: unknown): OfflineSizes | null {
  const { bytes, stories } = (typeof raw === 'object' && raw !== null ? raw : {}) as { bytes?: unknown; stories?: unknown };
  if (!Number.isFinite(bytes) || typeof stories !== 'object' || stories === null || Array.isArray(stories)) return null;
  const sizes = Object.entries(stories).filter((entry): entry is [string, number] => Number.isFinite(entry[1]));
  return { bytes: bytes as number, stories: Object.fromEntries(sizes) };
}

/** How much of a story is in the cache: `stored` holds the paths (from the app's base) the cache has. */
export function offlineState(story: StoryFiles, stored: ReadonlySet<string>): OfflineState {
  const saved = story.files.reduce((sum, file) => sum + (stored.has(file.path) ? file.bytes : 0), 0);
  const count = story.files.filter((file) => stored.has(file.path)).length;
  if (count === story.files.length) return { kind: 'saved', bytes: story.bytes };
  if (count === 0) return { kind: 'none', bytes: story.bytes };
  return { kind: 'partial', saved, bytes: story.bytes };
}

/** The story's files the cache does not have yet: all that saving it downloads. */
export function missingFiles(story: StoryFiles, stored: ReadonlySet<string>): string[] {
  return story.files.filter((file) => !stored.has(file.path)).map((file) => file.path);
}

/** The story's files to delete when its offline copy is removed: not those another story needs too. */
export function filesToRemove(list: OfflineList, storyId: string): string[] {
  const others = new Set(
    Object.entries(list)
      .filter(([id]) => id !== storyId)
      .flatMap(([, story]) => story.files.map((file) => file.path)),
  );
  return (list[storyId]?.files ?? []).map((file) => file.path).filter((path) => !others.has(path));
}

/**
 * Stored story text this version does not use any more (a story changed in an update, so its script's name did): it
 * would only take space. Pictures keep their names across versions, so only the build's scripts ("assets/") are meant.
 */
export function outdatedFiles(list: OfflineList, stored: Iterable<string>): string[] {
  const scripts = [...stored].filter((path) => path.startsWith('assets/'));
  // No story text stored (a phone that keeps only the pictures it reads): the whole list is not gone through (issue 21).
  if (scripts.length === 0) return [];
  const wanted = new Set(Object.values(list).flatMap((story) => story.files.map((file) => file.path)));
  return scripts.filter((path) => !wanted.has(path));
}

/**
 * The text of stories whose pictures are all saved but whose text is not: their text was precached by an older version,
 * or changed in an update. Saving it completes what the reader chose to keep (a few kB a story); a story removed has
 * no pictures left, so it is not brought back.
 */
export function textToComplete(list: OfflineList, stored: ReadonlySet<string>): string[] {
  // No picture stored: no story qualifies, and the whole list is not gone through (issue 21).
  if (![...stored].some((path) => !path.startsWith('assets/'))) return [];
  const text = Object.values(list).flatMap((story) => {
    const missing = missingFiles(story, stored);
    const pictures = story.files.filter((file) => !file.path.startsWith('assets/'));
    return pictures.length > 0 && missing.length > 0 && missing.every((path) => path.startsWith('assets/')) ? missing : [];
  });
  return [...new Set(text)];
}

/**
 * The size of every bundled story's files together, each once: what "all stories now" offers to download. Counted
 * without listing them in order (allStoryFiles), which took ~7 ms of a 100-story library's start at 1x CPU (issue 21).
 */
export function allStoryBytes(list: OfflineList): number {
  const counted = new Set<string>();
  let bytes = 0;
  for (const story of Object.values(list)) {
    for (const file of story.files) {
      if (counted.has(file.path)) continue;
      counted.add(file.path);
      bytes += file.bytes;
    }
  }
  return bytes;
}

/** Every bundled story's files together ("all stories now"), each once. */
export function allStoryFiles(list: OfflineList): StoryFiles {
  const files = new Map(Object.values(list).flatMap((story) => story.files.map((file) => [file.path, file] as const)));
  return storyFiles([...files.values()]);
}
