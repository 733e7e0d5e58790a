import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isId } from '../story/id';
import { entryOf, isRecord, records, withEntries, type Records } from './records';
import { followOtherTabs, safePersist } from './safe-storage';

export interface Completion {
  /** When the lesson was first learned (ISO time). */
  at: string;
  /** The story it was learned in. */
  storyId: string;
}

export interface LessonsState {
  completed: Records<Completion>;
  /** How many times the reader has deleted their lessons: a copy from before a deletion gives nothing back. */
  cleared: number;
}

interface LessonsActions {
  /** Records lessons as learned; a lesson learned before keeps its first time and story. */
  complete: (lessonIds: readonly string[], storyId: string, at?: Date) => string[];
  /** Adds completions from elsewhere (an imported file); never removes any. */
  merge: (completed: Records<Completion>) => void;
  reset: () => void;
}

/**
 * Keeps every completion whose lesson and story are IDs and whose time is a time; `drop` hears of each part left out
 * (the store then sets a copy of the whole aside).
 */
export function sanitizeLessons(value: unknown, drop: () => void = () => {}): LessonsState | null {
  if (!isRecord(value) || !isRecord(value.completed)) return null;
  if (Object.keys(value).some((key) => key !== 'completed' && key !== 'cleared')) drop();
  const completed = records<Completion>();
  for (const [id, entry] of Object.entries(value.completed)) {
    if (isId(id) && isCompletion(entry)) completed[id] = { at: entry.at, storyId: entry.storyId };
    else drop();
  }
  return { completed, cleared: readCount(value.cleared, drop) };
}

function isCompletion(entry: unknown): entry is Completion {
  return (
    isRecord(entry) &&
    Object.keys(entry).every((key) => key === 'at' || key === 'storyId') &&
    typeof entry.at === 'string' &&
    entry.at.length <= 40 &&
    !Number.isNaN(Date.parse(entry.at)) &&
    isId(entry.storyId)
  );
}

/** A non-negative whole number, or 0 (and `drop` told) for anything else; absent is 0. */
export function readCount(value: unknown, drop: () => void): number {
  if (value === undefined) return 0;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  drop();
  return 0;
}

/**
 * Two copies of the lessons as one: every lesson learned in either, with the earlier time. A copy from before the
 * reader deleted their lessons (a lower `cleared`) is left out.
 */
export function mergeLessons(older: LessonsState, newer: LessonsState): LessonsState {
  if (older.cleared !== newer.cleared) return older.cleared > newer.cleared ? older : newer;
  return { completed: mergeCompletions(older.completed, newer.completed), cleared: older.cleared };
}

function mergeCompletions(older: Records<Completion>, newer: Records<Completion>): Records<Completion> {
  const fresh = Object.entries(newer).filter(([id, completion]) => {
    const known = entryOf(older, id);
    return !known || Date.parse(completion.at) < Date.parse(known.at);
  });
  return fresh.length === 0 ? older : withEntries(older, fresh);
}

export const useLessons = create<LessonsState & LessonsActions>()(
  persist(
    (set, get) => ({
      completed: records(),
      cleared: 0,
      complete: (lessonIds, storyId, at = new Date()) => {
        const fresh = lessonIds.filter((id) => !entryOf(get().completed, id));
        if (fresh.length > 0)
          set((state) => ({
            completed: withEntries(
              state.completed,
              fresh.map((id) => [id, { at: at.toISOString(), storyId }]),
            ),
          }));
        return fresh;
      },
      merge: (completed) => set((state) => ({ completed: mergeCompletions(state.completed, completed) })),
      reset: () => set((state) => ({ completed: records(), cleared: state.cleared + 1 })),
    }),
    safePersist<LessonsState, LessonsActions>({ name: 'komik-saku/lessons', version: 1, sanitize: sanitizeLessons, migrate: () => null, merge: mergeLessons }),
  ),
);
followOtherTabs(useLessons);
