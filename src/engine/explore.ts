/**
 * Plays every path of a story, conditions included, to find what a graph walk cannot: choice points where
 * every choice is unavailable (dead ends), places from which no ending can be reached once flags are set
 * (traps), scenes no reader can reach, and the lessons some path teaches. Two states differ only in the facts
 * some condition tests, kept as a bit mask, so the search stays small and cheap; it stops at a budget and says so.
 */
import { visitCondition } from '../story/condition';
import { reachable, reversed } from '../story/reach';
import type { Choice, Condition, Scene, Story } from '../story/schema';
import { holds, type Facts } from './conditions';
import { enterSceneInto, takeChoiceInto, type FactsWriter } from './derive';
import { indexStory } from './story-index';

export interface Exploration {
  /** False when the budget ran out: the findings then cover only the explored part. */
  complete: boolean;
  statesExplored: number;
  reachedScenes: Set<string>;
  reachedEndings: Set<string>;
  taughtLessons: Set<string>;
  /** Choice points where no choice is available, with a path of choice IDs that leads there. */
  deadEnds: { sceneId: string; choices: string[] }[];
  /** Scenes reached in a state from which no ending is reachable. */
  traps: { sceneId: string; choices: string[] }[];
}

interface Node {
  sceneId: string;
  mask: bigint;
  /** The state this one was first reached from, and by which choice: enough to tell the way there. */
  parent?: string;
  choice?: string;
}

export function explore(story: Story, budget = 50_000): Exploration {
  const index = indexStory(story);
  const bits = factBits(story);
  const result: Exploration = {
    complete: true,
    statesExplored: 0,
    reachedScenes: new Set(),
    reachedEndings: new Set(),
    taughtLessons: new Set(),
    deadEnds: [],
    traps: [],
  };
  const takenChoices = new Set<string>();
  const edges = new Map<string, string[]>();
  const nodes = new Map<string, Node>();
  const ending = new Set<string>();
  const keyOf = (sceneId: string, mask: bigint) => `${sceneId}|${mask.toString(36)}`;
  const startMask = bits.enter(0n, index.scenes.get(story.start)!);
  const startKey = keyOf(story.start, startMask);
  nodes.set(startKey, { sceneId: story.start, mask: startMask });
  const queue = [startKey];

  for (let head = 0; head < queue.length; head++) {
    if (nodes.size > budget) {
      result.complete = false;
      break;
    }
    const key = queue[head]!;
    const node = nodes.get(key)!;
    const scene = index.scenes.get(node.sceneId)!;
    result.statesExplored += 1;
    result.reachedScenes.add(scene.id);
    const successors: { sceneId: string; mask: bigint; choice?: string }[] = [];
    const end = scene.then;
    if (end.kind === 'ending') {
      ending.add(key);
      result.reachedEndings.add(end.ending);
    } else if (end.kind === 'next') {
      successors.push({ sceneId: end.scene, mask: bits.enter(node.mask, index.scenes.get(end.scene)!) });
    } else {
      const facts = bits.facts(node.mask);
      for (const choice of end.choices) {
        if (choice.condition && !holds(choice.condition, facts)) continue;
        takenChoices.add(choice.id);
        successors.push({ sceneId: choice.target, mask: bits.enter(bits.take(node.mask, choice), index.scenes.get(choice.target)!), choice: choice.id });
      }
      if (successors.length === 0) result.deadEnds.push({ sceneId: scene.id, choices: choicesTo(nodes, key) });
    }
    const out: string[] = [];
    for (const successor of successors) {
      const nextKey = keyOf(successor.sceneId, successor.mask);
      out.push(nextKey);
      if (!nodes.has(nextKey)) {
        nodes.set(nextKey, { sceneId: successor.sceneId, mask: successor.mask, parent: key, ...(successor.choice ? { choice: successor.choice } : {}) });
        queue.push(nextKey);
      }
    }
    edges.set(key, out);
  }
  result.taughtLessons = taught(story, result.reachedScenes, takenChoices, result.reachedEndings);
  if (result.complete) result.traps = findTraps(nodes, edges, ending);
  return result;
}

/**
 * One bit per fact that some condition tests (a flag, a visited scene, a learned lesson), and the steps of the
 * engine (derive.ts) restricted to those facts. Facts no condition tests cannot change what a reader may do.
 */
function factBits(story: Story) {
  const bit = new Map<string, bigint>();
  const add = (kind: string, id: string) => {
    if (!bit.has(`${kind}:${id}`)) bit.set(`${kind}:${id}`, 1n << BigInt(bit.size));
  };
  const visit = (condition: Condition): void =>
    visitCondition(condition, {
      flag: ({ flag }) => add('flag', flag),
      visited: ({ visited }) => add('visited', visited),
      learned: ({ learned }) => add('learned', learned),
      all: ({ all }) => all.forEach(visit),
      any: ({ any }) => any.forEach(visit),
      not: ({ not }) => visit(not),
    });
  for (const scene of story.scenes) if (scene.then.kind === 'choices') for (const choice of scene.then.choices) if (choice.condition) visit(choice.condition);

  const of = (kind: string, id: string) => bit.get(`${kind}:${id}`) ?? 0n;
  // What a step does is derive.ts's definition, written into a mask instead of sets.
  const step = (mask: bigint, play: (facts: FactsWriter) => void) => {
    let bits = mask;
    play({
      visit: (sceneId) => (bits |= of('visited', sceneId)),
      set: (flag) => (bits |= of('flag', flag)),
      clear: (flag) => (bits &= ~of('flag', flag)),
      learn: (lessonId) => (bits |= of('learned', lessonId)),
    });
    return bits;
  };
  const has = (kind: string, mask: bigint) => ({ has: (id: string) => (mask & of(kind, id)) !== 0n });
  return {
    enter: (mask: bigint, scene: Scene) => step(mask, (facts) => enterSceneInto(facts, scene)),
    take: (mask: bigint, choice: Choice) => step(mask, (facts) => takeChoiceInto(facts, choice)),
    facts: (mask: bigint): Facts => ({ flags: has('flag', mask), visited: has('visited', mask), lessons: has('learned', mask) }),
  };
}

/** Lessons that reached scenes, taken choices and reached endings teach. */
function taught(story: Story, scenes: Set<string>, choices: Set<string>, endings: Set<string>): Set<string> {
  const lessons = new Set<string>();
  const index = indexStory(story);
  for (const id of scenes) index.scenes.get(id)!.teaches?.forEach((lesson) => lessons.add(lesson));
  for (const id of choices) index.choices.get(id)!.choice.teaches?.forEach((lesson) => lessons.add(lesson));
  for (const id of endings) index.endings.get(id)?.teaches?.forEach((lesson) => lessons.add(lesson));
  return lessons;
}

/** Explored states that cannot reach an ending state, reported once per scene (the first found). */
function findTraps(nodes: Map<string, Node>, edges: Map<string, string[]>, ending: Set<string>): Exploration['traps'] {
  const reverse = reversed(edges);
  const canEnd = reachable(ending, (key) => reverse.get(key) ?? []);
  const traps = new Map<string, string[]>();
  for (const [key, node] of nodes) {
    const deadEnd = (edges.get(key) ?? []).length === 0 && !ending.has(key);
    if (!canEnd.has(key) && !deadEnd && !traps.has(node.sceneId)) traps.set(node.sceneId, choicesTo(nodes, key));
  }
  return [...traps].map(([sceneId, choices]) => ({ sceneId, choices }));
}

/** The choices on the way from the start to a state. */
function choicesTo(nodes: Map<string, Node>, key: string): string[] {
  const choices: string[] = [];
  for (let node = nodes.get(key); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
    if (node.choice) choices.unshift(node.choice);
  }
  return choices;
}
