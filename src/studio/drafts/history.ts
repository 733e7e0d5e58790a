/**
 * Undo and redo as plain data: the past, the present and the undone future. Bounded, so a long session cannot fill
 * the phone's memory. Typing in one field is one step: a change in the same `group` as the last one replaces the
 * present instead of adding a step.
 */
export const HISTORY_LIMIT = 100;

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The group of the last change ("balloon b1 text"), or null when the next change starts a new step. */
  group: string | null;
}

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], group: null };
}

export function record<T>(history: History<T>, next: T, group: string | null = null, limit = HISTORY_LIMIT): History<T> {
  if (group !== null && group === history.group) return { ...history, present: next, future: [] };
  const past = [...history.past, history.present].slice(-limit);
  return { past, present: next, future: [], group };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], group: null };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future, group: null };
}
