/** Each story's plan (tests/playthroughs) holds: the engine, taking the plan's choices, reaches what the plan says. */
import { describe, expect, it } from 'vitest';
import { beatOf, choose, next, start } from '../../src/engine';
import { bundledStory, bundledStoryIds } from '../fixtures/bundled-story';
import { playthroughs, readings } from '../support/playthroughs';

describe('playthrough plans', () => {
  it('cover every bundled story, each with at least one good and one hard ending', () => {
    expect(playthroughs.map((plan) => plan.story).sort()).toEqual(bundledStoryIds().sort());
    for (const plan of playthroughs) {
      const endings = plan.readings.map((reading) => bundledStory(plan.story).endings.find((ending) => ending.id === reading.ending)?.kind);
      expect(endings, plan.story).toContain('good');
      expect(
        endings.some((kind) => kind !== 'good'),
        plan.story,
      ).toBe(true);
    }
  });

  it.each(readings)('$story: $name is what the engine plays', ({ story: id, choices, ending, panels, lessons }) => {
    const story = bundledStory(id);
    const left = [...choices];
    const seen = new Set<string>();
    let state = start(story);
    for (let step = 0; step < 1000; step++) {
      const beat = beatOf(story, state);
      if (beat.kind === 'ending') {
        expect(left, 'every planned choice was taken').toEqual([]);
        expect(beat.endingId).toBe(ending);
        expect(seen.size).toBe(panels);
        expect(beat.learned).toEqual(lessons);
        return;
      }
      if (beat.kind === 'choices') {
        const choice = left.shift();
        expect(beat.options.find((option) => option.id === choice)?.enabled, `the plan's choice ${choice} is offered in ${beat.sceneId}`).toBe(true);
        const result = choose(story, state, choice!);
        if (!result.ok) throw new Error(`${choice} refused`);
        state = result.state;
      } else {
        seen.add(beat.panelId);
        state = next(story, state);
      }
    }
    throw new Error('the reading never ends');
  });
});
