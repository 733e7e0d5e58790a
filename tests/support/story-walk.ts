/**
 * A story's paths walked by the engine, as a reader could take them (no hard-coded taps): the browser tests find the
 * places they check (each scene's start, each choice point) from the story itself, so a new scene is checked too.
 */
import { back, beatOf, choose, next, start, type Beat, type ReadingState } from '../../src/engine';
import type { Story } from '../../src/story/schema';

/**
 * Breadth first from the start: `visit` sees each beat a path reaches and says whether to go on along it; past a
 * choice, every choice the engine allows is followed. A path ends at an ending (or after 500 steps).
 */
function walkStory(story: Story, visit: (state: ReadingState, beat: Beat) => boolean): void {
  const queue = [start(story)];
  while (queue.length > 0) {
    let state = queue.shift()!;
    for (let steps = 0; steps < 500; steps++) {
      const beat = beatOf(story, state);
      if (beat.kind === 'ending' || !visit(state, beat)) break;
      if (beat.kind === 'choices') {
        for (const option of beat.options) {
          const result = choose(story, state, option.id);
          if (result.ok) queue.push(result.state);
        }
        break;
      }
      state = next(story, state);
    }
  }
}

/** Each scene's first panel, reached by some path. */
export function sceneStarts(story: Story): ReadingState[] {
  const found = new Map<string, ReadingState>();
  walkStory(story, (state, beat) => {
    if (beat.kind !== 'panel') return true;
    if (found.has(beat.sceneId)) return beat.panelIndex !== 0;
    found.set(beat.sceneId, state);
    return true;
  });
  return [...found.values()];
}

export interface ChoicePoint {
  scene: string;
  /** The last panel before the choice. */
  before: ReadingState;
  /** At the choice. */
  at: ReadingState;
  /** The first enabled choice's id, and the first panel after it. */
  choice: string;
  after: ReadingState;
}

/** Every choice point of a story whose first enabled choice leads on to a panel, each reached by some path. */
export function choicePoints(story: Story): ChoicePoint[] {
  const found = new Map<string, ChoicePoint>();
  walkStory(story, (state, beat) => {
    if (beat.kind !== 'choices') return true;
    if (found.has(beat.sceneId)) return false;
    const enabled = beat.options.find((option) => option.enabled);
    const first = enabled ? choose(story, state, enabled.id) : undefined;
    if (first?.ok && beatOf(story, first.state).kind === 'panel')
      found.set(beat.sceneId, { scene: beat.sceneId, before: back(story, state), at: state, choice: enabled!.id, after: first.state });
    return true;
  });
  return [...found.values()];
}
