/** Replays a path to its flags, visited scenes and lessons: the single definition of what a path means. */
import type { Choice, Scene, Story } from '../story/schema';
import { applyEffects } from './conditions';
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

export function takeChoice(derived: Derived, choice: Choice): void {
  applyEffects(derived.flags, choice.effects);
  for (const lesson of choice.teaches ?? []) derived.lessons.add(lesson);
}

export function enterScene(derived: Derived, scene: Scene): void {
  derived.visited.add(scene.id);
  applyEffects(derived.flags, scene.effects);
  for (const lesson of scene.teaches ?? []) derived.lessons.add(lesson);
}

export function reachEnding(derived: Derived, story: Story, scene: Scene): void {
  if (scene.then.kind !== 'ending') return;
  const ending = indexStory(story).endings.get(scene.then.ending);
  for (const lesson of ending?.teaches ?? []) derived.lessons.add(lesson);
}

/** Assumes a valid path (restore() checks paths before deriving). */
export function derive(story: Story, path: readonly PathStep[], at: Position): Derived {
  const index = indexStory(story);
  const derived = emptyDerived();
  let scene: Scene | undefined;
  for (const step of path) {
    const choice = step.choice ? index.choices.get(step.choice)?.choice : undefined;
    if (choice) takeChoice(derived, choice);
    scene = index.scenes.get(step.scene);
    if (scene) enterScene(derived, scene);
  }
  if (scene && at.kind === 'ending') reachEnding(derived, story, scene);
  return derived;
}
