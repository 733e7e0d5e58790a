/**
 * Whether a value read from storage or from an imported file is a reading state this version can keep: every field of
 * the right type and nothing else, IDs well-formed, lengths bounded. restore() then fits it to the story as it is now.
 * Whatever fails here is set aside by the store, never half-read (a path that was a string crashed the Print screen).
 */
import { isId } from '../story/id';
import { MIN_STATE_VERSION, STATE_VERSION, type PathStep, type Position, type ReadingState } from './state';
import { isRecord } from '../story/is-record';

/** Far longer than any real reading (the longest path of the bundled stories is 14 scenes). */
export const MAX_PATH_STEPS = 10_000;
const STATE_KEYS = ['version', 'storyId', 'path', 'at', 'flags', 'visited', 'lessons'];

export function readSavedState(value: unknown): ReadingState | null {
  if (!isRecord(value) || !hasOnly(value, STATE_KEYS)) return null;
  const { version, storyId } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < MIN_STATE_VERSION || version > STATE_VERSION || !isId(storyId)) return null;
  const path = readPath(value.path);
  const at = readPosition(value.at);
  const flags = readIds(value.flags);
  const visited = readIds(value.visited);
  const lessons = readIds(value.lessons);
  if (!path || !at || !flags || !visited || !lessons) return null;
  return { version, storyId, path, at, flags, visited, lessons };
}

function readPath(value: unknown): PathStep[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_PATH_STEPS) return null;
  const path: PathStep[] = [];
  for (const step of value) {
    if (!isRecord(step) || !hasOnly(step, ['scene', 'choice']) || !isId(step.scene)) return null;
    if (step.choice === undefined) path.push({ scene: step.scene });
    else if (isId(step.choice)) path.push({ scene: step.scene, choice: step.choice });
    else return null;
  }
  return path;
}

function readPosition(value: unknown): Position | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'panel') return hasOnly(value, ['kind', 'panel']) && isId(value.panel) ? { kind: 'panel', panel: value.panel } : null;
  if (value.kind === 'choices' || value.kind === 'ending') return hasOnly(value, ['kind']) ? { kind: value.kind } : null;
  return null;
}

function readIds(value: unknown): string[] | null {
  return Array.isArray(value) && value.length <= MAX_PATH_STEPS && value.every(isId) ? [...value] : null;
}

function hasOnly(value: Record<string, unknown>, keys: string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}
