import type { Condition, Effect } from '../story/schema';

/** What conditions can see: the playthrough so far. */
export interface Facts {
  flags: { has(flag: string): boolean };
  visited: { has(sceneId: string): boolean };
  lessons: { has(lessonId: string): boolean };
}

/** Evaluates the declarative condition grammar. Depth is bounded by the story validator. */
export function holds(condition: Condition, facts: Facts): boolean {
  if ('flag' in condition) return facts.flags.has(condition.flag);
  if ('visited' in condition) return facts.visited.has(condition.visited);
  if ('learned' in condition) return facts.lessons.has(condition.learned);
  if ('all' in condition) return condition.all.every((part) => holds(part, facts));
  if ('any' in condition) return condition.any.some((part) => holds(part, facts));
  return !holds(condition.not, facts);
}

export function applyEffects(flags: Set<string>, effects: readonly Effect[] | undefined): void {
  for (const effect of effects ?? []) {
    if ('set' in effect) flags.add(effect.set);
    else flags.delete(effect.clear);
  }
}
