/**
 * The reading state: plain JSON, versioned, so it can be saved anywhere and restored against a newer story.
 * Only `path` and `at` are the truth; flags, visited scenes and lessons are derived from them by replay
 * and kept here so a reader of the save (or a test) can see them.
 */

/** v1: first version. Bump with a migration in restore.ts when the shape changes. */
export const STATE_VERSION = 1;
/** The oldest saved version restore() can still read. */
export const MIN_STATE_VERSION = 1;

/** A scene entered; `choice` names the choice that led here (absent for the start and for "next" links). */
export interface PathStep {
  scene: string;
  choice?: string;
}

/** Where the reader is inside the current (last) scene of the path. */
export type Position = { kind: 'panel'; panel: string } | { kind: 'choices' } | { kind: 'ending' };

export interface ReadingState {
  version: number;
  storyId: string;
  path: PathStep[];
  at: Position;
  flags: string[];
  visited: string[];
  /** Lessons taught on this path so far, in the order they were learned. */
  lessons: string[];
}

/** What the reader sees now, in IDs and string keys: the UI turns them into text. */
export type Beat =
  | { kind: 'panel'; sceneId: string; pageId: string; panelId: string; panelIndex: number; panelCount: number }
  | { kind: 'choices'; sceneId: string; promptKey?: string; options: ChoiceOption[] }
  | { kind: 'ending'; sceneId: string; endingId: string; good: boolean; learned: string[]; missed: string[] };

export interface ChoiceOption {
  id: string;
  textKey: string;
  enabled: boolean;
  /** The key of the text saying why the choice is unavailable, when the story gives one. */
  reasonKey?: string;
}

export type ChooseResult = { ok: true; state: ReadingState } | { ok: false; reason: 'not-at-choices' | 'unknown-choice' | 'unavailable'; state: ReadingState };
