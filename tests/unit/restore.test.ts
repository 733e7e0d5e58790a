import { describe, expect, it } from 'vitest';
import { beatOf, choose, next, restore, start, type ReadingState } from '../../src/engine';
import type { Story } from '../../src/story/schema';
import { branching, choice, choices, ending, scene } from '../fixtures/build-story';

const s = branching();
const atChoices = next(s, next(s, next(s, start(s))));
const inOffice = (choose(s, atChoices, 'safe') as { state: ReadingState }).state;
const saved = () => JSON.parse(JSON.stringify(next(s, inOffice))) as ReadingState;

function edited(change: (story: Story) => void): Story {
  const copy = structuredClone(s);
  change(copy);
  return copy;
}

describe('restore', () => {
  it('restores a state saved against the same story exactly', () => {
    const result = restore(s, saved());
    expect(result.status).toBe('exact');
    expect(result.state).toEqual(saved());
  });

  it('recomputes flags and lessons from the path, whatever the save claims', () => {
    const tampered = { ...saved(), flags: ['paid', 'bogus'], lessons: ['invented'] };
    const result = restore(s, tampered);
    expect(result.state.flags).toEqual(['asked']);
    expect(result.state.lessons).toEqual(['l-official', 'l-contract']);
  });

  it('moves to the first panel of the scene when the saved panel was removed', () => {
    const story = edited((copy) => copy.scenes[2]!.pages[0]!.panels.splice(1, 1));
    const result = restore(story, saved());
    expect(result.status).toBe('repaired');
    expect(beatOf(story, result.state)).toMatchObject({ sceneId: 'office', panelId: 'office-1' });
  });

  it('falls back to the choice point when the choice taken no longer exists', () => {
    const story = edited((copy) => {
      const then = copy.scenes[1]!.then;
      if (then.kind === 'choices') then.choices = then.choices.filter((item) => item.id !== 'safe');
    });
    const result = restore(story, saved());
    expect(result.status).toBe('repaired');
    expect(beatOf(story, result.state).kind).toBe('choices');
    expect(result.state.path).toEqual([{ scene: 'intro' }, { scene: 'crossroads' }]);
    expect(result.state.flags).toEqual([]);
  });

  it('falls back to the nearest valid scene when the current scene was removed', () => {
    const story = edited((copy) => {
      copy.scenes = copy.scenes.filter((item) => item.id !== 'office');
      const then = copy.scenes[1]!.then;
      if (then.kind === 'choices') then.choices = [choice('risky', 'broker')];
    });
    const result = restore(story, saved());
    expect(result.status).toBe('repaired');
    expect(result.state.path.at(-1)).toEqual({ scene: 'crossroads' });
  });

  it('falls back when a choice now has a condition the saved path did not meet', () => {
    const story = edited((copy) => {
      const then = copy.scenes[1]!.then;
      if (then.kind === 'choices') then.choices[0]!.condition = { kind: 'flag', flag: 'paid' };
    });
    expect(restore(story, saved()).state.path).toHaveLength(2);
  });

  it('keeps an ending position only where the scene still ends the story', () => {
    const atEnding = next(s, next(s, inOffice));
    expect(restore(s, atEnding).state.at).toEqual({ kind: 'ending' });
    const story = edited((copy) => {
      copy.scenes[2]!.then = choices(choice('more', 'broker'));
    });
    expect(restore(story, atEnding)).toMatchObject({ status: 'repaired', state: { at: { kind: 'panel', panel: 'office-1' } } });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'hello'],
    ['an array', []],
    ['another story', { ...start(s), storyId: 'other' }],
    ['a newer version', { ...start(s), version: 99 }],
    ['a path that does not begin at the start', { ...start(s), path: [{ scene: 'office' }] }],
    ['a broken path', { ...start(s), path: 'x' }],
  ])('starts afresh from %s', (_label, value) => {
    const result = restore(s, value);
    expect(result.status).toBe('reset');
    expect(result.state).toEqual(start(s));
  });

  it('ignores malformed steps after the valid ones', () => {
    const raw = { ...saved(), path: [{ scene: 'intro' }, { scene: 'crossroads' }, 42, { scene: 'office', choice: 'safe' }] };
    const result = restore(s, raw);
    expect(result.status).toBe('repaired');
    expect(result.state.path).toHaveLength(2);
  });

  it('still works when the story start moved: a fresh start', () => {
    const story: Story = { ...s, start: 'crossroads', scenes: [scene('crossroads', ending('good')), ...s.scenes.slice(2)] };
    expect(restore(story, saved()).status).toBe('reset');
  });
});
