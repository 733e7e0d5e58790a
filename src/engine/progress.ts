/** How far along a reader is: panels read on this path, and the fewest panels still ahead to any ending. */
import type { Story } from '../story/schema';
import { restore } from './restore';
import type { ReadingState } from './state';
import { indexStory } from './story-index';

export function readingProgress(story: Story, state: ReadingState): { read: number; ahead: number } {
  const index = indexStory(story);
  const current = state.path[state.path.length - 1]!.scene;
  const panelsOf = (sceneId: string) => index.panels.get(sceneId)?.length ?? 0;
  let read = state.path.slice(0, -1).reduce((sum, step) => sum + panelsOf(step.scene), 0);
  const here = index.panels.get(current)!;
  const at = state.at;
  const position = at.kind === 'panel' ? here.findIndex((place) => place.panel.id === at.panel) + 1 : here.length;
  read += position;
  if (at.kind === 'ending') return { read, ahead: 0 };
  return { read, ahead: here.length - position + fewestPanelsToEnding(story, current) };
}

/** Dijkstra over scenes, weighted by each next scene's panel count (stories are small: a linear scan is fine). */
function fewestPanelsToEnding(story: Story, from: string): number {
  const index = indexStory(story);
  const cost = new Map<string, number>([[from, 0]]);
  const done = new Set<string>();
  for (;;) {
    let best: string | undefined;
    for (const [id, value] of cost) if (!done.has(id) && (best === undefined || value < cost.get(best)!)) best = id;
    if (best === undefined) return 0;
    const scene = index.scenes.get(best)!;
    if (scene.then.kind === 'ending') return cost.get(best)!;
    done.add(best);
    const targets = scene.then.kind === 'next' ? [scene.then.scene] : scene.then.choices.map((choice) => choice.target);
    for (const target of targets) {
      const through = cost.get(best)! + (index.panels.get(target)?.length ?? 0);
      if (!done.has(target) && through < (cost.get(target) ?? Infinity)) cost.set(target, through);
    }
  }
}

/** How far along, from 0 to 1, on the shortest way still to an ending. */
export function readingFraction(story: Story, state: ReadingState): number {
  const { read, ahead } = readingProgress(story, state);
  return read / Math.max(1, read + ahead);
}

/** True until the reader has moved past the first panel. */
export function isAtStart(story: Story, state: ReadingState): boolean {
  const first = indexStory(story).panels.get(story.start)![0]!.panel.id;
  return state.path.length === 1 && state.at.kind === 'panel' && state.at.panel === first;
}

const STEP_WITHIN_SCENE = { panel: 0, choices: 1, ending: 2 } as const;

/**
 * Whether `candidate` has read further into the story than `current`: more panels read on its path, or past the last
 * panel to the choices or the ending. A state that does not fit the story is never further, and any that fits is
 * further than none. Imported progress replaces a reader's place only when it is further: never a step back.
 */
export function isFurther(story: Story, candidate: unknown, current: unknown): boolean {
  const next = restore(story, candidate);
  if (next.status === 'reset') return false;
  const here = restore(story, current);
  if (here.status === 'reset') return true;
  const reach = (state: ReadingState) => readingProgress(story, state).read * 3 + STEP_WITHIN_SCENE[state.at.kind];
  return reach(next.state) > reach(here.state);
}
