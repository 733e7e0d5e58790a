/** Every bundled story's files at once, for "all stories now" (art-cache.ts loads this after the first screen). */
import { fetchOfflineList, saveFiles, storedPaths } from './offline-cache';
import { allStoryFiles } from './plan';
import { refreshOffline } from './story-offline';

/** Every story's files and their total size. */
export async function allFiles(): Promise<{ files: string[]; bytes: number } | null> {
  const list = await fetchOfflineList();
  if (!list) return null;
  const all = allStoryFiles(list);
  return { files: all.files.map((file) => file.path), bytes: all.bytes };
}

/** Saves those not saved yet, telling how far it is (0 to 1); false when some could not be fetched. */
export async function saveAll(files: string[], onProgress: (done: number) => void): Promise<boolean> {
  const stored = await storedPaths();
  const missing = files.filter((path) => !stored.has(path));
  let done = files.length - missing.length;
  const ok = await saveFiles(missing, () => onProgress(++done / files.length)).catch(() => false);
  // The cards say what is saved now.
  await refreshOffline();
  return ok;
}
