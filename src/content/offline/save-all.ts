/** Every bundled story's files at once, for "all stories now" (art-cache.ts loads this after the first screen). */
import { fetchOfflineList, fetchOfflineSizes, saveFiles, storedPaths } from './offline-cache';
import { allStoryFiles } from './plan';
import { refreshOffline } from './story-offline';

/** The size of every story's files: the offer says it; which files they are is worked out when the reader says yes. */
export async function allBytes(): Promise<number | null> {
  return (await fetchOfflineSizes())?.bytes ?? null;
}

/** Saves every story's files not saved yet, telling how far it is (0 to 1); false when some could not be fetched. */
export async function saveAll(onProgress: (done: number) => void): Promise<boolean> {
  const list = await fetchOfflineList();
  if (!list) return false;
  const files = allStoryFiles(list).files.map((file) => file.path);
  const stored = await storedPaths();
  const missing = files.filter((path) => !stored.has(path));
  let done = files.length - missing.length;
  const ok = await saveFiles(missing, () => onProgress(++done / files.length)).catch(() => false);
  // The cards say what is saved now.
  await refreshOffline();
  return ok;
}
