/**
 * What the reader's story map shows, from the story and a reading state: how far along in scenes, the scenes of this
 * path to go back to, and the endings found. Pure: no storage, no text (the UI turns IDs into words).
 */
import type { Story } from '../story/schema';
import { build, firstPanel } from './engine';
import type { ReadingState } from './state';
import { indexStory } from './story-index';

/**
 * The scene the reader is in, counted along their path (the first is 1), and how many scenes the story has along the
 * path read so far plus the fewest still ahead to an ending: "scene 2 of 9". The total can change after a choice,
 * as the way ahead does; at an ending the two are equal.
 */
export function sceneProgress(story: Story, state: ReadingState): { scene: number; scenes: number } {
  const scene = state.path.length;
  if (state.at.kind === 'ending') return { scene, scenes: scene };
  return { scene, scenes: scene + fewestScenesToEnding(story, state.path[state.path.length - 1]!.scene) };
}

/** Breadth-first over scenes: the fewest scenes after `from` before one that ends the story. */
function fewestScenesToEnding(story: Story, from: string): number {
  const index = indexStory(story);
  const seen = new Set([from]);
  let frontier = [from];
  for (let depth = 0; frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      const then = index.scenes.get(id)!.then;
      if (then.kind === 'ending') return depth;
      const targets = then.kind === 'next' ? [then.scene] : then.choices.map((choice) => choice.target);
      for (const target of targets) {
        if (!seen.has(target)) {
          seen.add(target);
          next.push(target);
        }
      }
    }
    frontier = next;
  }
  return 0;
}

/** The scenes of the reader's path so far, in order (the current one last): the places they can go back to. */
export function pathScenes(state: ReadingState): string[] {
  return state.path.map((step) => step.scene);
}

/**
 * Back to the start of a scene on the reader's path (by its place in the path): what was chosen before it stays,
 * what came after is undone, as if they had read only that far. An index off the path leaves the state as it is.
 */
export function backToScene(story: Story, state: ReadingState, pathIndex: number): ReadingState {
  if (!Number.isInteger(pathIndex) || pathIndex < 0 || pathIndex >= state.path.length) return state;
  const path = state.path.slice(0, pathIndex + 1);
  return build(story, path, firstPanel(story, path[pathIndex]!.scene));
}

/** The story's endings split into those the reader has found (in the story's order) and how many are still unfound. */
export function endingsFound(story: Story, reached: readonly string[]): { found: string[]; unfound: number } {
  const found = story.endings.map((ending) => ending.id).filter((id) => reached.includes(id));
  return { found, unfound: story.endings.length - found.length };
}
