/**
 * Plays every path of a story, conditions included, to find what a graph walk cannot: choice points where
 * every choice is unavailable (dead ends), places from which no ending can be reached once flags are set
 * (traps), scenes no reader can reach, and the lessons some path teaches. States are merged on the facts the
 * story's conditions can see, so the search stays small; it stops at a budget and says so.
 */
import type { Condition, Story } from '../story/schema';
import { holds } from './conditions';
import { emptyDerived, enterScene, takeChoice, type Derived } from './derive';
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
  derived: Derived;
  choices: string[];
}

export function explore(story: Story, budget = 20_000): Exploration {
  const index = indexStory(story);
  const relevant = conditionFacts(story);
  const keyOf = (sceneId: string, derived: Derived) =>
    [sceneId, ...[...derived.flags].filter((f) => relevant.flags.has(f)).sort(), '|', ...[...derived.visited].filter((s) => relevant.visited.has(s)).sort(), '|', ...[...derived.lessons].filter((l) => relevant.lessons.has(l)).sort()].join(' ');

  const result: Exploration = { complete: true, statesExplored: 0, reachedScenes: new Set(), reachedEndings: new Set(), taughtLessons: new Set(), deadEnds: [], traps: [] };
  const edges = new Map<string, string[]>();
  const nodes = new Map<string, Node>();
  const ending = new Set<string>();
  const first = emptyDerived();
  enterScene(first, index.scenes.get(story.start)!);
  const startKey = keyOf(story.start, first);
  nodes.set(startKey, { sceneId: story.start, derived: first, choices: [] });
  const queue = [startKey];

  while (queue.length > 0) {
    if (nodes.size > budget) {
      result.complete = false;
      break;
    }
    const key = queue.shift()!;
    const node = nodes.get(key)!;
    const scene = index.scenes.get(node.sceneId)!;
    result.statesExplored += 1;
    result.reachedScenes.add(scene.id);
    node.derived.lessons.forEach((lesson) => result.taughtLessons.add(lesson));
    const successors: { sceneId: string; derived: Derived; choice?: string }[] = [];
    const end = scene.then;
    if (end.kind === 'ending') {
      ending.add(key);
      result.reachedEndings.add(end.ending);
      index.endings.get(end.ending)?.teaches?.forEach((lesson) => result.taughtLessons.add(lesson));
    } else if (end.kind === 'next') {
      const derived = copy(node.derived);
      enterScene(derived, index.scenes.get(end.scene)!);
      successors.push({ sceneId: end.scene, derived });
    } else {
      for (const choice of end.choices) {
        if (choice.condition && !holds(choice.condition, node.derived)) continue;
        const derived = copy(node.derived);
        takeChoice(derived, choice);
        enterScene(derived, index.scenes.get(choice.target)!);
        successors.push({ sceneId: choice.target, derived, choice: choice.id });
      }
      if (successors.length === 0) result.deadEnds.push({ sceneId: scene.id, choices: node.choices });
    }
    const out: string[] = [];
    for (const successor of successors) {
      const nextKey = keyOf(successor.sceneId, successor.derived);
      out.push(nextKey);
      if (!nodes.has(nextKey)) {
        nodes.set(nextKey, { sceneId: successor.sceneId, derived: successor.derived, choices: successor.choice ? [...node.choices, successor.choice] : node.choices });
        queue.push(nextKey);
      }
    }
    edges.set(key, out);
  }
  if (result.complete) result.traps = findTraps(nodes, edges, ending);
  return result;
}

/** Explored states that cannot reach an ending state, reported once per scene (the first found). */
function findTraps(nodes: Map<string, Node>, edges: Map<string, string[]>, ending: Set<string>): Exploration['traps'] {
  const reverse = new Map<string, string[]>();
  for (const [from, list] of edges) for (const to of list) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const canEnd = new Set(ending);
  const queue = [...ending];
  while (queue.length > 0) {
    for (const previous of reverse.get(queue.pop()!) ?? []) {
      if (!canEnd.has(previous)) {
        canEnd.add(previous);
        queue.push(previous);
      }
    }
  }
  const traps = new Map<string, string[]>();
  for (const [key, node] of nodes) {
    const deadEnd = (edges.get(key) ?? []).length === 0 && !ending.has(key);
    if (!canEnd.has(key) && !deadEnd && !traps.has(node.sceneId)) traps.set(node.sceneId, node.choices);
  }
  return [...traps].map(([sceneId, choices]) => ({ sceneId, choices }));
}

/** The flags, scenes and lessons that some condition tests: only these tell two states apart. */
function conditionFacts(story: Story): { flags: Set<string>; visited: Set<string>; lessons: Set<string> } {
  const facts = { flags: new Set<string>(), visited: new Set<string>(), lessons: new Set<string>() };
  const visit = (condition: Condition): void => {
    if ('flag' in condition) facts.flags.add(condition.flag);
    else if ('visited' in condition) facts.visited.add(condition.visited);
    else if ('learned' in condition) facts.lessons.add(condition.learned);
    else if ('all' in condition) condition.all.forEach(visit);
    else if ('any' in condition) condition.any.forEach(visit);
    else visit(condition.not);
  };
  for (const scene of story.scenes) if (scene.then.kind === 'choices') for (const choice of scene.then.choices) if (choice.condition) visit(choice.condition);
  return facts;
}

function copy(derived: Derived): Derived {
  return { flags: new Set(derived.flags), visited: new Set(derived.visited), lessons: new Set(derived.lessons) };
}
