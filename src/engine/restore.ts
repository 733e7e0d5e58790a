/**
 * Restores a saved reading state against the story as it is now. Stories get edited after readers have
 * saved: a scene, panel or choice may be gone. Restore keeps the longest still-valid part of the path and
 * puts the reader at the nearest valid place, instead of failing. Anything unreadable starts afresh.
 */
import type { Scene, Story } from '../story/schema';
import { holds } from './conditions';
import { emptyDerived, enterScene, takeChoice } from './derive';
import { build, firstPanel, lastPanel, start } from './engine';
import { MIN_STATE_VERSION, STATE_VERSION, type PathStep, type Position, type ReadingState } from './state';
import { indexStory } from './story-index';
import { isRecord } from '../story/is-record';

export type RestoreStatus =
  /** The saved state fits the story as it is. */
  | 'exact'
  /** Part of the saved path or position no longer exists; the reader is at the nearest valid place. */
  | 'repaired'
  /** Nothing usable (not a state, another story, an unknown version): a fresh start. */
  | 'reset';

export interface Restored {
  state: ReadingState;
  status: RestoreStatus;
}

export function restore(story: Story, saved: unknown): Restored {
  const raw = readShape(saved);
  if (!raw || raw.storyId !== story.id || raw.version > STATE_VERSION || raw.version < MIN_STATE_VERSION) {
    return { state: start(story), status: 'reset' };
  }
  const path = validPrefix(story, raw.path);
  if (path.length === 0) return { state: start(story), status: 'reset' };
  const truncated = path.length < raw.path.length;
  const current = indexStory(story).scenes.get(path[path.length - 1]!.scene)!;
  const at = truncated ? endOf(story, current) : validPosition(story, current, raw.at);
  const state = build(story, path, at ?? firstPanel(story, current.id));
  return { state, status: truncated || !at ? 'repaired' : 'exact' };
}

interface RawState {
  version: number;
  storyId: string;
  path: PathStep[];
  at: unknown;
}

function readShape(saved: unknown): RawState | null {
  if (!isRecord(saved) || typeof saved.version !== 'number' || typeof saved.storyId !== 'string' || !Array.isArray(saved.path)) return null;
  const path: PathStep[] = [];
  for (const step of saved.path) {
    if (!isRecord(step) || typeof step.scene !== 'string') break;
    path.push(typeof step.choice === 'string' ? { scene: step.scene, choice: step.choice } : { scene: step.scene });
  }
  return { version: saved.version, storyId: saved.storyId, path, at: saved.at };
}

/** The longest prefix of the path that the story, as it is now, could have produced. */
function validPrefix(story: Story, path: readonly PathStep[]): PathStep[] {
  const index = indexStory(story);
  const first = path[0];
  if (!first || first.scene !== story.start || first.choice) return [];
  const derived = emptyDerived();
  let scene = index.scenes.get(story.start)!;
  enterScene(derived, scene);
  const valid: PathStep[] = [{ scene: scene.id }];
  for (const step of path.slice(1)) {
    const nextScene = stepTarget(scene, step, derived);
    if (!nextScene) break;
    const target = index.scenes.get(nextScene);
    if (!target) break;
    if (step.choice) takeChoice(derived, index.choices.get(step.choice)!.choice);
    enterScene(derived, target);
    valid.push(step);
    scene = target;
  }
  return valid;
}

/** The scene a step may lead to from `scene`, or null when the story no longer allows that step. */
function stepTarget(scene: Scene, step: PathStep, facts: ReturnType<typeof emptyDerived>): string | null {
  const end = scene.then;
  if (end.kind === 'next') return !step.choice && end.scene === step.scene ? step.scene : null;
  if (end.kind !== 'choices' || !step.choice) return null;
  const choice = end.choices.find((item) => item.id === step.choice);
  if (!choice || choice.target !== step.scene) return null;
  if (choice.condition && !holds(choice.condition, facts)) return null;
  return step.scene;
}

function validPosition(story: Story, scene: Scene, at: unknown): Position | null {
  if (!isRecord(at)) return null;
  if (at.kind === 'panel') {
    const panels = indexStory(story).panels.get(scene.id)!;
    return panels.some((place) => place.panel.id === at.panel) ? { kind: 'panel', panel: at.panel as string } : null;
  }
  if (at.kind === 'choices' && scene.then.kind === 'choices') return { kind: 'choices' };
  if (at.kind === 'ending' && scene.then.kind === 'ending') return { kind: 'ending' };
  return null;
}

/** Where a reader who had gone past this scene is best put back: its choice point, or its last panel. */
function endOf(story: Story, scene: Scene): Position {
  return scene.then.kind === 'choices' ? { kind: 'choices' } : lastPanel(story, scene.id);
}
