/** Reading progress per story: the engine's saved state and the endings reached. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ReadingState } from '../engine';
import { isRecord, safePersist } from './safe-storage';

export interface ProgressState {
  saves: Record<string, ReadingState>;
  /** Ending IDs reached per story, in the order first reached. */
  endings: Record<string, string[]>;
}

interface ProgressActions {
  save: (storyId: string, state: ReadingState) => void;
  reachEnding: (storyId: string, endingId: string) => void;
  replace: (progress: ProgressState) => void;
  reset: () => void;
}

/**
 * Keeps saves that look like engine states (the engine's restore() checks each against its story when it is
 * opened) and endings lists of strings; drops anything else.
 */
export function sanitizeProgress(value: unknown): ProgressState | null {
  if (!isRecord(value) || !isRecord(value.saves) || !isRecord(value.endings)) return null;
  const saves: Record<string, ReadingState> = {};
  for (const [id, save] of Object.entries(value.saves)) if (isRecord(save) && typeof save.version === 'number') saves[id] = save as unknown as ReadingState;
  const endings: Record<string, string[]> = {};
  for (const [id, list] of Object.entries(value.endings)) if (Array.isArray(list)) endings[id] = list.filter((item): item is string => typeof item === 'string');
  return { saves, endings };
}

export const useProgress = create<ProgressState & ProgressActions>()(
  persist(
    (set) => ({
      saves: {},
      endings: {},
      save: (storyId, state) => set((store) => ({ saves: { ...store.saves, [storyId]: state } })),
      reachEnding: (storyId, endingId) =>
        set((store) => {
          const reached = store.endings[storyId] ?? [];
          return reached.includes(endingId) ? store : { endings: { ...store.endings, [storyId]: [...reached, endingId] } };
        }),
      replace: (progress) => set(progress),
      reset: () => set({ saves: {}, endings: {} }),
    }),
    safePersist<ProgressState, ProgressActions>({ name: 'komik-saku/progress', version: 1, sanitize: sanitizeProgress, migrate: () => null }),
  ),
);
