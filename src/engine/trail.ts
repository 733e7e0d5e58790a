/**
 * The path of a reading as an append-only log shared by the states walked from one another (issue 21). Copying the
 * path, the visited scenes and their set at every scene change made a walk through a long story quadratic; here a
 * scene change appends to the log, back and undo keep a shorter length of it, and only a different branch taken from
 * a shorter length copies (the states on the old branch still hold the old log, which nothing changes).
 * A state still shows plain arrays: its path and visited scenes are read out of the log when first asked for.
 */
import type { PathStep } from './state';

/** One scene entered, with the facts true once it was: what back and undo return to without replaying the path. */
interface Entry {
  readonly step: PathStep;
  readonly flags: string[];
  readonly lessons: string[];
  /** How many scenes had been visited, counted in the log's order of first visits. */
  readonly visited: number;
}

interface Log {
  readonly entries: Entry[];
  /** Scenes in the order they were first visited, and each one's place in that order. */
  readonly order: string[];
  readonly first: Map<string, number>;
}

/** A length of a log: one reading's path. States at the same path share it (and the arrays read out of it). */
export interface Trail {
  readonly log: Log;
  readonly length: number;
  path?: PathStep[];
  visited?: string[];
}

/** The trail with one more scene entered, and the facts true after entering it. */
export function extend(trail: Trail | null, step: PathStep, flags: string[], lessons: string[]): Trail {
  const length = trail?.length ?? 0;
  let log = trail?.log ?? { entries: [], order: [], first: new Map<string, number>() };
  const known = log.entries[length];
  if (known) {
    // Forward again over the same step (back, then next): the log already holds it.
    if (sameStep(known.step, step) && sameList(known.flags, flags) && sameList(known.lessons, lessons)) return { log, length: length + 1 };
    log = fork(log, length);
  }
  const seen = log.entries[length - 1]?.visited ?? 0;
  const isNew = !((log.first.get(step.scene) ?? Infinity) < seen);
  if (isNew) {
    log.first.set(step.scene, log.order.length);
    log.order.push(step.scene);
  }
  log.entries.push({ step, flags, lessons, visited: isNew ? seen + 1 : seen });
  return { log, length: length + 1 };
}

/** The first `length` scenes of the trail (at least one). */
export function truncate(trail: Trail, length: number): Trail {
  return length === trail.length ? trail : { log: trail.log, length };
}

/** The facts true on entering the trail's last scene. */
export function lastFacts(trail: Trail): { flags: string[]; lessons: string[] } {
  return trail.log.entries[trail.length - 1]!;
}

export function lastStep(trail: Trail): PathStep {
  return trail.log.entries[trail.length - 1]!.step;
}

export function hasVisited(trail: Trail, sceneId: string): boolean {
  return (trail.log.first.get(sceneId) ?? Infinity) < trail.log.entries[trail.length - 1]!.visited;
}

export function pathOf(trail: Trail): PathStep[] {
  trail.path ??= trail.log.entries.slice(0, trail.length).map((entry) => entry.step);
  return trail.path;
}

export function visitedOf(trail: Trail): string[] {
  trail.visited ??= trail.log.order.slice(0, trail.log.entries[trail.length - 1]!.visited);
  return trail.visited;
}

/** A new log holding the first `length` entries: the old one stays whole for the states still on it. */
function fork(log: Log, length: number): Log {
  const entries = log.entries.slice(0, length);
  const order = log.order.slice(0, entries[length - 1]?.visited ?? 0);
  return { entries, order, first: new Map(order.map((scene, place) => [scene, place])) };
}

const sameStep = (a: PathStep, b: PathStep) => a.scene === b.scene && a.choice === b.choice;
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
