import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord, safePersist } from './safe-storage';

export interface Completion {
  /** When the lesson was first learned (ISO time). */
  at: string;
  /** The story it was learned in. */
  storyId: string;
}

export interface LessonsState {
  completed: Record<string, Completion>;
}

interface LessonsActions {
  /** Records lessons as learned; a lesson learned before keeps its first time and story. */
  complete: (lessonIds: readonly string[], storyId: string, at?: Date) => string[];
  /** Adds completions from elsewhere (an imported file); never removes any. */
  merge: (completed: Record<string, Completion>) => void;
  reset: () => void;
}

export function sanitizeLessons(value: unknown): LessonsState | null {
  if (!isRecord(value) || !isRecord(value.completed)) return null;
  const completed: Record<string, Completion> = {};
  for (const [id, entry] of Object.entries(value.completed)) {
    if (isRecord(entry) && typeof entry.at === 'string' && typeof entry.storyId === 'string') completed[id] = { at: entry.at, storyId: entry.storyId };
  }
  return { completed };
}

export const useLessons = create<LessonsState & LessonsActions>()(
  persist(
    (set, get) => ({
      completed: {},
      complete: (lessonIds, storyId, at = new Date()) => {
        const fresh = lessonIds.filter((id) => !get().completed[id]);
        if (fresh.length > 0) {
          set((state) => ({ completed: { ...state.completed, ...Object.fromEntries(fresh.map((id) => [id, { at: at.toISOString(), storyId }])) } }));
        }
        return fresh;
      },
      merge: (completed) => set((state) => ({ completed: { ...completed, ...state.completed } })),
      reset: () => set({ completed: {} }),
    }),
    safePersist<LessonsState, LessonsActions>({ name: 'komik-saku/lessons', version: 1, sanitize: sanitizeLessons, migrate: () => null }),
  ),
);
