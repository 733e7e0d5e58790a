/**
 * The branching story as a gamebook: the order scenes are printed in, and conditions told in terms a reader of
 * paper can check ("only if you read page 7"). Pure: the numbering depends only on the story's content.
 */
import { visitCondition } from '../story/condition';
import type { Condition, Effect, Scene, Story } from '../story/schema';

/**
 * Scenes in print order: the start first, then a breadth-first walk in the author's choice order, where a scene that
 * simply continues ("next") follows directly, so a linear run reads on without turning. Ending scenes are pinned at
 * the back in the order of the story's endings. Scenes no link reaches are left out (the checker reports them).
 */
export function gamebookOrder(story: Story): string[] {
  const scenes = new Map(story.scenes.map((scene) => [scene.id, scene]));
  const isEnding = (scene: Scene) => scene.then.kind === 'ending';
  const placed = new Set<string>();
  const order: string[] = [];
  const endings: Scene[] = [];
  const queue = [story.start];
  const place = (scene: Scene) => {
    placed.add(scene.id);
    if (isEnding(scene)) endings.push(scene);
    else order.push(scene.id);
  };
  while (queue.length > 0) {
    let scene = scenes.get(queue.shift()!);
    if (!scene || placed.has(scene.id)) continue;
    place(scene);
    // Follow "next" links at once: the continuation belongs on the following page.
    while (scene.then.kind === 'next' && !placed.has(scene.then.scene) && !isEnding(scenes.get(scene.then.scene)!)) {
      scene = scenes.get(scene.then.scene)!;
      place(scene);
    }
    if (scene.then.kind === 'next') queue.push(scene.then.scene);
    if (scene.then.kind === 'choices') queue.push(...scene.then.choices.map((choice) => choice.target));
  }
  const endingRank = new Map(story.endings.map((ending, index) => [ending.id, index]));
  const rank = (scene: Scene) => (scene.then.kind === 'ending' ? (endingRank.get(scene.then.ending) ?? story.endings.length) : 0);
  // A stable sort: scenes sharing an ending keep the order they were found in.
  return [...order, ...endings.sort((a, b) => rank(a) - rank(b)).map((scene) => scene.id)];
}

/** A condition in words a reader of paper can check, negations pushed down to the facts (De Morgan). */
export type ConditionWords =
  | { kind: 'read'; page: number; not: boolean }
  | { kind: 'chose'; choiceId: string; page: number; not: boolean }
  | { kind: 'all' | 'any'; parts: ConditionWords[] }
  /** A fact nothing in the printed story sets: told by its ID. */
  | { kind: 'fact'; id: string; not: boolean };

interface Where {
  /** The first printed page of each scene. */
  sceneStart: (sceneId: string) => number | undefined;
  /** The printed page where a choice is offered. */
  choicePage: (choiceId: string) => number | undefined;
}

/**
 * A flag is told as what sets it (the choices or scenes with that effect), a learned lesson as what teaches it, a
 * visited scene as its page. Clearing a flag later is not told: on paper the reader is trusted, as in any gamebook.
 */
export function conditionWords(story: Story, condition: Condition, where: Where, not = false): ConditionWords {
  const words = (part: Condition, negated = not) => conditionWords(story, part, where, negated);
  return visitCondition<ConditionWords>(condition, {
    all: ({ all }) => ({ kind: not ? 'any' : 'all', parts: all.map((part) => words(part)) }),
    any: ({ any }) => ({ kind: not ? 'all' : 'any', parts: any.map((part) => words(part)) }),
    not: (inner) => words(inner.not, !not),
    visited: ({ visited }) => read(visited, where, not) ?? { kind: 'fact', id: visited, not },
    flag: ({ flag }) => causeWords(story, flag, where, not, (sets) => sets.effects?.some((effect) => 'set' in effect && effect.set === flag) ?? false),
    learned: ({ learned }) => causeWords(story, learned, where, not, (teaches) => teaches.teaches?.includes(learned) ?? false),
  });
}

/** A flag or lesson as the scenes and choices that set or teach it; told by its ID when nothing printed does. */
function causeWords(
  story: Story,
  id: string,
  where: Where,
  not: boolean,
  causes: (item: { effects?: Effect[]; teaches?: string[] }) => boolean,
): ConditionWords {
  const found: ConditionWords[] = [];
  for (const scene of story.scenes) {
    const page = causes(scene) ? read(scene.id, where, not) : null;
    if (page) found.push(page);
    if (scene.then.kind !== 'choices') continue;
    for (const choice of scene.then.choices) {
      const at = causes(choice) ? where.choicePage(choice.id) : undefined;
      if (at !== undefined) found.push({ kind: 'chose', choiceId: choice.id, page: at, not });
    }
  }
  if (found.length === 0) return { kind: 'fact', id, not };
  // "You chose A or B"; negated, "you chose neither A nor B".
  return found.length === 1 ? found[0]! : { kind: not ? 'all' : 'any', parts: found };
}

function read(sceneId: string, where: Where, not: boolean): ConditionWords | null {
  const page = where.sceneStart(sceneId);
  return page === undefined ? null : { kind: 'read', page, not };
}
