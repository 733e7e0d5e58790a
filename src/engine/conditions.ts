import { visitCondition } from '../story/condition';
import type { Condition } from '../story/schema';

/** What conditions can see: the playthrough so far. */
export interface Facts {
  flags: { has(flag: string): boolean };
  visited: { has(sceneId: string): boolean };
  lessons: { has(lessonId: string): boolean };
}

/** Evaluates the declarative condition grammar. Depth is bounded by the story validator. */
export function holds(condition: Condition, facts: Facts): boolean {
  return visitCondition(condition, {
    flag: ({ flag }) => facts.flags.has(flag),
    visited: ({ visited }) => facts.visited.has(visited),
    learned: ({ learned }) => facts.lessons.has(learned),
    all: ({ all }) => all.every((part) => holds(part, facts)),
    any: ({ any }) => any.some((part) => holds(part, facts)),
    not: ({ not }) => !holds(not, facts),
  });
}
