/** Replays a path to its flags, visited scenes and lessons: the single definition of what a path means. */
import type { Choice, Effect, Scene, Story } from '../story/schema';
import type { PathStep, Position } from './state';
import { indexStory } from './story-index';

export interface Derived {
  flags: Set<string>;
  visited: Set<string>;
  lessons: Set<string>;
}

export function emptyDerived(): Derived {
  return { flags: new Set(), visited: new Set(), lessons: new Set() };
}

/**
 * Where the facts of a path are written as it is played: sets here (derive), a bit mask in explore.ts. Entering a
 * scene and taking a choice are defined once, below, for both.
 */
export interface FactsWriter {
  visit(sceneId: string): void;
  set(flag: string): void;
  clear(flag: string): void;
  learn(lessonId: string): void;
}

/** Taking a choice: its effects apply in order, its lessons are learned. */
export function takeChoiceInto(facts: FactsWriter, choice: Choice): void {
  applyEffects(facts, choice.effects);
  choice.teaches?.forEach((lesson) => facts.learn(lesson));
}

/** Entering a scene: it is visited, its effects apply in order, its lessons are learned. */
export function enterSceneInto(facts: FactsWriter, scene: Scene): void {
  facts.visit(scene.id);
  applyEffects(facts, scene.effects);
  scene.teaches?.forEach((lesson) => facts.learn(lesson));
}

function applyEffects(facts: FactsWriter, effects: readonly Effect[] | undefined): void {
  for (const effect of effects ?? []) {
    if ('set' in effect) facts.set(effect.set);
    else facts.clear(effect.clear);
  }
}

const writerOf = (derived: Derived): FactsWriter => ({
  visit: (sceneId) => derived.visited.add(sceneId),
  set: (flag) => derived.flags.add(flag),
  clear: (flag) => derived.flags.delete(flag),
  learn: (lessonId) => derived.lessons.add(lessonId),
});

export const takeChoice = (derived: Derived, choice: Choice): void => takeChoiceInto(writerOf(derived), choice);
export const enterScene = (derived: Derived, scene: Scene): void => enterSceneInto(writerOf(derived), scene);

export function reachEnding(derived: Derived, story: Story, scene: Scene): void {
  if (scene.then.kind !== 'ending') return;
  const ending = indexStory(story).endings.get(scene.then.ending);
  for (const lesson of ending?.teaches ?? []) derived.lessons.add(lesson);
}

/**
 * Assumes a valid path (restore() checks paths before deriving). `given`: facts true before the path begins (the
 * Studio's preview started in the middle of a story with chosen flags and lessons); none for a reader.
 */
export function derive(story: Story, path: readonly PathStep[], at: Position, given: Derived = emptyDerived()): Derived {
  const derived: Derived = { flags: new Set(given.flags), visited: new Set(given.visited), lessons: new Set(given.lessons) };
  const scene = replayPath(story, path, derived);
  if (scene && at.kind === 'ending') reachEnding(derived, story, scene);
  return derived;
}

/**
 * Plays a path's choices and scenes into `derived`, the one place a path is replayed; `afterStep` sees the facts after
 * each step (the engine keeps them on its trail). Returns the last scene entered.
 */
export function replayPath(story: Story, path: readonly PathStep[], derived: Derived, afterStep?: (step: PathStep) => void): Scene | undefined {
  const index = indexStory(story);
  let scene: Scene | undefined;
  for (const step of path) {
    const choice = step.choice ? index.choices.get(step.choice)?.choice : undefined;
    if (choice) takeChoice(derived, choice);
    scene = index.scenes.get(step.scene);
    if (scene) enterScene(derived, scene);
    afterStep?.(step);
  }
  return scene;
}
