/**
 * The branching story as a gamebook: the order scenes are printed in, and conditions told in terms a reader of
 * paper can check ("only if you read page 7"). Pure: the numbering depends only on the story's content.
 */
import type { Condition, Scene, Story } from '../story/schema';

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
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts = (all ? condition.all : (condition as { any: Condition[] }).any).map((part) => conditionWords(story, part, where, not));
    return { kind: all !== not ? 'all' : 'any', parts };
  }
  if ('not' in condition) return conditionWords(story, condition.not, where, !not);
  if ('visited' in condition) return read(condition.visited, where, not) ?? { kind: 'fact', id: condition.visited, not };
  const causes: ConditionWords[] = [];
  for (const scene of story.scenes) {
    const sets = 'flag' in condition ? scene.effects?.some((effect) => 'set' in effect && effect.set === condition.flag) : scene.teaches?.includes(condition.learned);
    const page = sets ? read(scene.id, where, not) : null;
    if (page) causes.push(page);
    if (scene.then.kind !== 'choices') continue;
    for (const choice of scene.then.choices) {
      const chosen = 'flag' in condition ? choice.effects?.some((effect) => 'set' in effect && effect.set === condition.flag) : choice.teaches?.includes(condition.learned);
      const at = chosen ? where.choicePage(choice.id) : undefined;
      if (at !== undefined) causes.push({ kind: 'chose', choiceId: choice.id, page: at, not });
    }
  }
  const id = 'flag' in condition ? condition.flag : condition.learned;
  if (causes.length === 0) return { kind: 'fact', id, not };
  // "You chose A or B"; negated, "you chose neither A nor B".
  return causes.length === 1 ? causes[0]! : { kind: not ? 'all' : 'any', parts: causes };
}

function read(sceneId: string, where: Where, not: boolean): ConditionWords | null {
  const page = where.sceneStart(sceneId);
  return page === undefined ? null : { kind: 'read', page, not };
}
