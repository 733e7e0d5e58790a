/** The reader's story map over the sample: scenes counted along the path, going back to a scene, endings found. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backToScene, beatOf, choose, endingsFound, next, pathScenes, sceneProgress, start, type ReadingState } from '../../src/engine';
import { loadStory } from '../../src/story/load';
import type { Story } from '../../src/story/schema';

const file = 'stories/sample/story.json';
const loaded = loadStory(readFileSync(join(import.meta.dirname, '..', '..', file), 'utf8'), file);
if (!loaded.ok) throw new Error('the sample does not load');
const story: Story = loaded.value;

function read(state: ReadingState, ...steps: string[]): ReadingState {
  return steps.reduce((current, step) => {
    if (step === 'next') return next(story, current);
    const result = choose(story, current, step);
    if (!result.ok) throw new Error(`${step}: ${result.reason}`);
    return result.state;
  }, state);
}

// warung → (ask-disnaker) disnaker → decide → (go-official) good-end: four scenes on the shortest safe path.
const atDisnaker = read(start(story), 'next', 'next', 'next', 'ask-disnaker');
const atEnding = read(atDisnaker, 'next', 'next', 'next', 'go-official', 'next');

describe('scene progress', () => {
  it('counts scenes along the path and the fewest still ahead to an ending', () => {
    expect(sceneProgress(story, start(story))).toEqual({ scene: 1, scenes: 4 });
    // Within a scene the count stays: it is the scene that counts, not the panel.
    expect(sceneProgress(story, next(story, start(story)))).toEqual({ scene: 1, scenes: 4 });
    expect(sceneProgress(story, atDisnaker)).toEqual({ scene: 2, scenes: 4 });
    expect(sceneProgress(story, atEnding)).toEqual({ scene: 4, scenes: 4 });
  });
});

describe('going back to a scene', () => {
  it('returns to the first panel of a scene on the path, undoing what came after it', () => {
    const back = backToScene(story, atEnding, 1);
    expect(beatOf(story, back)).toMatchObject({ kind: 'panel', sceneId: 'disnaker', panelIndex: 0 });
    expect(pathScenes(back)).toEqual(['warung', 'disnaker']);
    // The choice that led there is kept, with its lessons; those of later scenes are not.
    expect(back.lessons).toEqual(atDisnaker.lessons);
    expect(back).toEqual(atDisnaker);
  });

  it('leaves the state as it is for a place off the path', () => {
    for (const index of [-1, 4, 1.5, Number.NaN]) expect(backToScene(story, atEnding, index)).toBe(atEnding);
  });
});

describe('endings found', () => {
  it("names the endings found, in the story's order, and only counts those not found yet", () => {
    expect(endingsFound(story, [])).toEqual({ found: [], unfound: 2 });
    expect(endingsFound(story, ['bad-stranded', 'unknown-ending'])).toEqual({ found: ['bad-stranded'], unfound: 1 });
    expect(endingsFound(story, ['bad-stranded', 'good-official'])).toEqual({ found: ['good-official', 'bad-stranded'], unfound: 0 });
  });
});
