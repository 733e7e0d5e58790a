/** Where a reader is in a story, as its card says it: the engine's reading of a saved place. */
import { isAtStart, readingFraction, restore, type ReadingState } from '../engine';
import type { Story } from '../story/schema';

export interface ReadingPlace {
  /** Past the first panel. */
  started: boolean;
  /** How far along, 0 to 100, on the shortest way still to an ending. */
  percent: number;
  atEnding: boolean;
}

export function readingPlace(story: Story, save: ReadingState): ReadingPlace {
  const { state } = restore(story, save);
  return { started: !isAtStart(story, state), percent: Math.round(readingFraction(story, state) * 100), atEnding: state.at.kind === 'ending' };
}
