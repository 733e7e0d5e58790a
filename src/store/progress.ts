/**
 * Reading progress per story: the engine's saved state, the endings reached and the reader's bookmark. (Bookmarks
 * arrived within version 1 as an optional part: data without them reads as no bookmarks.)
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ReadingState } from '../engine';
// Not through the engine's index: the stores come with the first screen, the rest of the engine later.
import { MAX_PATH_STEPS, readSavedState } from '../engine/saved-state';
import { isId } from '../story/id';
import { readCount } from './lessons';
import { entryOf, isRecord, records, withEntries, type Records } from './records';
import { followOtherTabs, safePersist } from './safe-storage';

export interface ProgressState {
  saves: Records<ReadingState>;
  /** Ending IDs reached per story, in the order first reached. */
  endings: Records<string[]>;
  /**
   * When each story's place was saved (ms), by a clock that never goes back: the phone's time, or one more than the last
   * save's where the phone's clock was set back. Of two tabs' places in one story, the one saved later is kept.
   */
  revisions: Records<number>;
  /** How many times the reader has deleted their progress: a copy from before a deletion gives nothing back. */
  cleared: number;
  /** A place the reader marked to come back to, per story (the story map's bookmark). */
  bookmarks: Records<ReadingState>;
}

interface ProgressActions {
  save: (storyId: string, state: ReadingState) => void;
  reachEnding: (storyId: string, endingId: string) => void;
  bookmark: (storyId: string, state: ReadingState) => void;
  /** Places and endings from elsewhere (an imported file): the places replace these stories' own, endings are added. */
  adopt: (saves: Records<ReadingState>, endings: Records<string[]>) => void;
  reset: () => void;
}

const KEYS = ['saves', 'endings', 'revisions', 'cleared', 'bookmarks'];

/**
 * Keeps every save that is a whole reading state of its story (the engine's restore() fits it to the story when it is
 * opened), endings lists of IDs and save counts; `drop` hears of each part left out (a copy of the whole is then set
 * aside).
 */
export function sanitizeProgress(value: unknown, drop: () => void = () => {}): ProgressState | null {
  if (!isRecord(value) || !isRecord(value.saves) || !isRecord(value.endings)) return null;
  if (Object.keys(value).some((key) => !KEYS.includes(key))) drop();
  const saves = readStates(value.saves, drop);
  const bookmarks =
    value.bookmarks === undefined ? records<ReadingState>() : isRecord(value.bookmarks) ? readStates(value.bookmarks, drop) : (drop(), records<ReadingState>());
  const endings = records<string[]>();
  for (const [id, list] of Object.entries(value.endings)) {
    if (isId(id) && Array.isArray(list) && list.length <= MAX_PATH_STEPS) {
      endings[id] = [...new Set(list.filter(isId))];
      if (endings[id].length !== list.length) drop();
    } else drop();
  }
  const revisions = records<number>();
  if (isRecord(value.revisions)) {
    for (const [id, count] of Object.entries(value.revisions)) {
      if (isId(id)) revisions[id] = readCount(count, drop);
      else drop();
    }
  } else if (value.revisions !== undefined) drop();
  return { saves, endings, revisions, cleared: readCount(value.cleared, drop), bookmarks };
}

/** Every entry that is a whole reading state of the story it is filed under. */
function readStates(value: Record<string, unknown>, drop: () => void): Records<ReadingState> {
  const states = records<ReadingState>();
  for (const [id, raw] of Object.entries(value)) {
    const state = readSavedState(raw);
    if (isId(id) && state?.storyId === id) states[id] = state;
    else drop();
  }
  return states;
}

/**
 * Two copies of the progress as one (two tabs, or memory and storage): every story's place from the copy that saved it
 * later (the newer copy's on a tie), every ending reached in either. A copy from before the reader deleted their
 * progress (a lower `cleared`) is left out.
 */
export function mergeProgress(older: ProgressState, newer: ProgressState): ProgressState {
  if (older.cleared !== newer.cleared) return older.cleared > newer.cleared ? older : newer;
  const saves = withEntries(
    older.saves,
    Object.entries(newer.saves).filter(([id]) => (entryOf(newer.revisions, id) ?? 0) >= (entryOf(older.revisions, id) ?? 0) || !entryOf(older.saves, id)),
  );
  const revisions = withEntries(
    older.revisions,
    Object.entries(newer.revisions).filter(([id, count]) => count > (entryOf(older.revisions, id) ?? 0)),
  );
  const bookmarks = withEntries(older.bookmarks, Object.entries(newer.bookmarks));
  return { saves, endings: mergeEndings(older.endings, newer.endings), revisions, cleared: older.cleared, bookmarks };
}

function mergeEndings(older: Records<string[]>, newer: Records<string[]>): Records<string[]> {
  const grown = Object.entries(newer).flatMap(([id, list]) => {
    const known = entryOf(older, id);
    const added = list.filter((ending) => !known?.includes(ending));
    // A story new to `older` is kept even with no ending yet, so a stored copy reads back whole.
    return added.length > 0 || !known ? [[id, [...(known ?? []), ...added]] as [string, string[]]] : [];
  });
  return grown.length === 0 ? older : withEntries(older, grown);
}

const bump = (revisions: Records<number>, storyIds: string[], now = Date.now()) =>
  withEntries(
    revisions,
    storyIds.map((id) => [id, Math.max(now, (entryOf(revisions, id) ?? 0) + 1)]),
  );

export const useProgress = create<ProgressState & ProgressActions>()(
  persist(
    (set) => ({
      saves: records(),
      endings: records(),
      revisions: records(),
      cleared: 0,
      bookmarks: records(),
      save: (storyId, state) => set((store) => ({ saves: withEntries(store.saves, [[storyId, state]]), revisions: bump(store.revisions, [storyId]) })),
      reachEnding: (storyId, endingId) => set((store) => ({ endings: mergeEndings(store.endings, records([[storyId, [endingId]]])) })),
      bookmark: (storyId, state) => set((store) => ({ bookmarks: withEntries(store.bookmarks, [[storyId, state]]) })),
      adopt: (saves, endings) =>
        set((store) => ({
          saves: withEntries(store.saves, Object.entries(saves)),
          revisions: bump(store.revisions, Object.keys(saves)),
          endings: mergeEndings(store.endings, endings),
        })),
      reset: () => set((store) => ({ saves: records(), endings: records(), revisions: records(), bookmarks: records(), cleared: store.cleared + 1 })),
    }),
    safePersist<ProgressState, ProgressActions>({
      name: 'komik-saku/progress',
      version: 1,
      sanitize: sanitizeProgress,
      migrate: () => null,
      merge: mergeProgress,
    }),
  ),
);
followOtherTabs(useProgress);
