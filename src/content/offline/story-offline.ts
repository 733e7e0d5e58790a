/**
 * Each bundled story's offline copy as its card shows it: how much is saved (read from the cache, so it survives a
 * reload and is true), saving with its progress, a save that stopped half-way, and the space a removal freed. One
 * store for every card, so a save goes on (and is shown) while the reader is elsewhere in the app.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { canSaveOffline } from './can-save';
import { deleteFiles, fetchOfflineList, saveFiles, storedPaths } from './offline-cache';
import { filesToRemove, missingFiles, offlineState, outdatedFiles, textToComplete, type OfflineList, type OfflineState } from './plan';

export interface StoryOffline {
  state: OfflineState;
  /** Bytes saved so far while saving; null when not saving. */
  saving: number | null;
  /** The last save stopped before every file was saved (what was saved stays). */
  failed: boolean;
  /** Bytes the last removal freed. */
  freed: number | null;
}

const snapshots = new Map<string, StoryOffline>();
const listeners = new Set<() => void>();
let list: OfflineList | null = null;
let stored = new Set<string>();
let refreshing: Promise<void> | null = null;
let tidied = false;

function update(storyId: string, change: Partial<StoryOffline>): void {
  const story = list?.[storyId];
  if (!story) return;
  const current = snapshots.get(storyId) ?? { state: offlineState(story, stored), saving: null, failed: false, freed: null };
  snapshots.set(storyId, { ...current, ...change });
  for (const listener of listeners) listener();
}

const savedBytes = (state: OfflineState) => (state.kind === 'saved' ? state.bytes : state.kind === 'partial' ? state.saved : 0);

/** Reads the list and the cache again, and each story's state from them (the cards' mount asks for it once). */
export function refreshOffline(): Promise<void> {
  refreshing ??= (async () => {
    list = await fetchOfflineList();
    if (!list) return;
    stored = await storedPaths();
    if (!tidied) {
      tidied = true;
      const outdated = outdatedFiles(list, stored);
      if (outdated.length > 0) await deleteFiles(outdated);
    }
    const text = navigator.onLine ? textToComplete(list, stored) : [];
    if (text.length > 0) {
      await saveFiles(text, () => undefined);
      stored = await storedPaths();
    }
    for (const [storyId, story] of Object.entries(list)) update(storyId, { state: offlineState(story, stored) });
  })()
    .catch(() => undefined) // no cache here (private mode): the cards show no offline control
    .finally(() => (refreshing = null));
  return refreshing;
}

/** Saves every file of the story not saved yet; on a failure, says so and keeps what was saved. */
export async function saveStory(storyId: string): Promise<void> {
  const story = list?.[storyId];
  if (!story || snapshots.get(storyId)?.saving != null) return;
  const bytes = new Map(story.files.map((file) => [file.path, file.bytes]));
  let saved = savedBytes(offlineState(story, stored));
  update(storyId, { saving: saved, failed: false, freed: null });
  const ok = await saveFiles(missingFiles(story, stored), (path) => {
    saved += bytes.get(path) ?? 0;
    update(storyId, { saving: saved });
  }).catch(() => false);
  // What is in the cache now, not what the downloads said: "saved" must be true.
  stored = await storedPaths().catch(() => stored);
  const state = offlineState(story, stored);
  update(storyId, { state, saving: null, failed: !ok || state.kind !== 'saved' });
}

/** Deletes the story's saved files and says how much space that freed. */
export async function removeStory(storyId: string): Promise<void> {
  const story = list?.[storyId];
  if (!list || !story) return;
  const before = savedBytes(offlineState(story, stored));
  // Whatever the cache did, the card says what is in it now.
  await deleteFiles(filesToRemove(list, storyId)).catch(() => undefined);
  stored = await storedPaths().catch(() => stored);
  const state = offlineState(story, stored);
  update(storyId, { state, failed: false, freed: before - savedBytes(state) });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A story's offline copy, or null where stories cannot be saved (no service worker) or the story is not in the list. */
export function useStoryOffline(storyId: string): StoryOffline | null {
  useEffect(() => {
    if (canSaveOffline()) void refreshOffline();
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => snapshots.get(storyId) ?? null,
    () => null,
  );
}
