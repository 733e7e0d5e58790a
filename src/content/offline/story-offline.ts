/**
 * Each bundled story's offline copy as its card shows it: how much is saved (read from the cache, so it survives a
 * reload and is true), saving with its progress, a save that stopped half-way, and the space a removal freed. One
 * store for every card, so a save goes on (and is shown) while the reader is elsewhere in the app.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { canSaveOffline } from './can-save';
import { deleteFiles, fetchOfflineList, fetchOfflineSizes, saveFiles, storedPaths } from './offline-cache';
import { filesToRemove, missingFiles, offlineState, outdatedFiles, textToComplete, type OfflineList, type OfflineSizes, type OfflineState } from './plan';

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
/** The whole list: read once some story file is saved, or to save or remove one. */
let list: OfflineList | null = null;
/** Each story's size: all a phone with no story file saved needs. */
let sizes: OfflineSizes | null = null;
let stored = new Set<string>();
let refreshing: Promise<void> | null = null;
let tidied = false;

const tell = () => {
  for (const listener of listeners) listener();
};

/** A story's offline state from what has been read: the list, or with nothing saved, its size alone. */
function stateOf(storyId: string): OfflineState | null {
  const story = list?.[storyId];
  if (story) return offlineState(story, stored);
  const bytes = stored.size === 0 ? sizes?.stories[storyId] : undefined;
  return bytes === undefined ? null : { kind: 'none', bytes };
}

/**
 * A story's offline copy, worked out when a card first asks for it: with a hundred stories, only the cards on the
 * screen cost anything (issue 21). Null until the cache and the list (or the sizes) have been read.
 */
function snapshotOf(storyId: string): StoryOffline | null {
  const known = snapshots.get(storyId);
  if (known) return known;
  const state = stateOf(storyId);
  if (!state) return null;
  const fresh: StoryOffline = { state, saving: null, failed: false, freed: null };
  snapshots.set(storyId, fresh);
  return fresh;
}

function update(storyId: string, change: Partial<StoryOffline>): void {
  const current = snapshotOf(storyId);
  if (!current) return;
  snapshots.set(storyId, { ...current, ...change });
  tell();
}

const savedBytes = (state: OfflineState) => (state.kind === 'saved' ? state.bytes : state.kind === 'partial' ? state.saved : 0);

/**
 * Reads the cache again (one `keys()` for every story), and the list only if some story file is in it (else the
 * sizes), then tells the cards once: each card's state is read again, the others' when first asked for (the cards'
 * mount asks for a refresh).
 */
export function refreshOffline(): Promise<void> {
  refreshing ??= (async () => {
    let paths = await storedPaths();
    const whole = paths.size > 0 ? await fetchOfflineList() : null;
    const fetchedSizes = whole ? null : await fetchOfflineSizes();
    if (!whole && !fetchedSizes) return;
    if (whole && !tidied) {
      tidied = true;
      const outdated = outdatedFiles(whole, paths);
      if (outdated.length > 0) await deleteFiles(outdated);
    }
    const text = whole && navigator.onLine ? textToComplete(whole, paths) : [];
    if (text.length > 0) {
      await saveFiles(text, () => undefined);
      paths = await storedPaths();
    }
    list = whole ?? list;
    sizes = fetchedSizes ?? sizes;
    stored = paths;
    for (const [storyId, known] of snapshots) {
      const state = stateOf(storyId);
      if (state) snapshots.set(storyId, { ...known, state });
    }
    tell();
  })()
    .catch(() => undefined) // no cache here (private mode): the cards show no offline control
    .finally(() => (refreshing = null));
  return refreshing;
}

/** Saves every file of the story not saved yet; on a failure, says so and keeps what was saved. */
export async function saveStory(storyId: string): Promise<void> {
  const current = snapshotOf(storyId);
  if (!current || current.saving !== null) return;
  update(storyId, { saving: savedBytes(current.state), failed: false, freed: null });
  list = (await fetchOfflineList()) ?? list;
  const story = list?.[storyId];
  if (!story) return update(storyId, { saving: null, failed: true });
  const bytes = new Map(story.files.map((file) => [file.path, file.bytes]));
  let saved = savedBytes(offlineState(story, stored));
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
  list = (await fetchOfflineList()) ?? list;
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
    () => snapshotOf(storyId),
    () => null,
  );
}
