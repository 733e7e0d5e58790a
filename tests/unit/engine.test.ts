import { describe, expect, it } from 'vitest';
import { back, beatOf, choose, choicesOf, isFinished, next, start, undoChoice, type ReadingState } from '../../src/engine';
import type { Story } from '../../src/story/schema';
import { branching, choice, choices, ending, next as nextScene, scene, story } from '../fixtures/build-story';

function chosen(s: Story, state: ReadingState, id: string): ReadingState {
  const result = choose(s, state, id);
  if (!result.ok) throw new Error(`choice ${id} refused: ${result.reason}`);
  return result.state;
}

function forward(s: Story, state: ReadingState, steps: number): ReadingState {
  let current = state;
  for (let i = 0; i < steps; i++) current = next(s, current);
  return current;
}

describe('start and next', () => {
  const s = branching();

  it('starts at the first panel of the start scene, with that scene visited', () => {
    const state = start(s);
    expect(beatOf(s, state)).toEqual({ kind: 'panel', sceneId: 'intro', pageId: 'intro-page', panelId: 'intro-1', panelIndex: 0, panelCount: 2 });
    expect(state.visited).toEqual(['intro']);
    expect(state.version).toBe(1);
  });

  it('walks panels in reading order, then follows a "next" link into the next scene', () => {
    const state = forward(s, start(s), 1);
    expect(beatOf(s, state)).toMatchObject({ kind: 'panel', panelId: 'intro-2' });
    const crossed = next(s, state);
    expect(beatOf(s, crossed)).toMatchObject({ kind: 'panel', sceneId: 'crossroads', panelId: 'crossroads-p1' });
    expect(crossed.path).toEqual([{ scene: 'intro' }, { scene: 'crossroads' }]);
  });

  it('stops at the choice point: next does nothing there', () => {
    const atChoices = forward(s, start(s), 3);
    expect(beatOf(s, atChoices).kind).toBe('choices');
    expect(next(s, atChoices)).toBe(atChoices);
  });

  it('follows panels across several pages of one scene', () => {
    const twoPages = story([
      {
        id: 'only',
        pages: [
          { id: 'pa', panels: [scene('x', ending('good')).pages[0]!.panels[0]!] },
          { id: 'pb', panels: [{ ...scene('y', ending('good')).pages[0]!.panels[0]! }] },
        ],
        then: ending('good'),
      },
    ]);
    const second = next(twoPages, start(twoPages));
    expect(beatOf(twoPages, second)).toMatchObject({ pageId: 'pb', panelId: 'y-p1', panelIndex: 1, panelCount: 2 });
  });

  it('never mutates the state it is given', () => {
    const state = start(s);
    const frozen = JSON.stringify(state);
    forward(s, state, 3);
    expect(JSON.stringify(state)).toBe(frozen);
  });
});

describe('choices', () => {
  const s = branching();
  const atChoices = forward(s, start(s), 3);

  it('lists available choices, shows an unavailable one with its reason, and hides one without a reason', () => {
    expect(choicesOf(s, atChoices)).toEqual([
      { id: 'safe', textKey: 'choice.safe.text', enabled: true },
      { id: 'risky', textKey: 'choice.risky.text', enabled: true },
      { id: 'locked', textKey: 'choice.locked.text', enabled: false, reasonKey: 'choice.locked.unavailable' },
    ]);
  });

  it('applies effects and lessons of a choice and of the scene it enters', () => {
    const state = chosen(s, atChoices, 'safe');
    expect(state.flags).toEqual(['asked']);
    expect(state.lessons).toEqual(['l-official', 'l-contract']);
    expect(beatOf(s, state)).toMatchObject({ kind: 'panel', sceneId: 'office', panelId: 'office-1' });
  });

  it('refuses an unavailable, unknown or untimely choice, leaving the state as it was', () => {
    expect(choose(s, atChoices, 'locked')).toEqual({ ok: false, reason: 'unavailable', state: atChoices });
    expect(choose(s, atChoices, 'nope')).toEqual({ ok: false, reason: 'unknown-choice', state: atChoices });
    expect(choose(s, start(s), 'safe')).toMatchObject({ ok: false, reason: 'not-at-choices' });
  });

  it('evaluates all / any / not / visited / learned conditions', () => {
    const cond = story(
      [
        scene('a', nextScene('b')),
        scene('b', choices(choice('take', 'c', { teaches: ['l-x'] }))),
        scene(
          'c',
          choices(
            choice('all-yes', 'end', {
              condition: {
                kind: 'all',
                all: [
                  { kind: 'visited', visited: 'a' },
                  { kind: 'learned', learned: 'l-x' },
                ],
              },
            }),
            choice('any-no', 'end', {
              condition: {
                kind: 'any',
                any: [
                  { kind: 'flag', flag: 'f' },
                  { kind: 'visited', visited: 'zzz' },
                ],
              },
              unavailable: 'no',
            }),
            choice('not-yes', 'end', { condition: { kind: 'not', not: { kind: 'flag', flag: 'f' } } }),
            choice('learned-no', 'end', { condition: { kind: 'learned', learned: 'l-y' }, unavailable: 'no' }),
          ),
        ),
        scene('end', ending('good')),
      ],
      { flags: [{ id: 'f' }] },
    );
    let state = forward(cond, start(cond), 2);
    state = next(cond, chosen(cond, state, 'take'));
    expect(choicesOf(cond, state).map((option) => [option.id, option.enabled])).toEqual([
      ['all-yes', true],
      ['any-no', false],
      ['not-yes', true],
      ['learned-no', false],
    ]);
  });

  it('lets a later effect clear a flag', () => {
    const clearing = story(
      [
        scene('a', choices(choice('set', 'b', { effects: [{ set: 'f' }] }))),
        scene('b', choices(choice('clear', 'c', { effects: [{ clear: 'f' }] }))),
        scene('c', ending('good')),
      ],
      { flags: [{ id: 'f' }] },
    );
    let state = chosen(clearing, next(clearing, start(clearing)), 'set');
    expect(state.flags).toEqual(['f']);
    state = chosen(clearing, next(clearing, state), 'clear');
    expect(state.flags).toEqual([]);
  });
});

describe('endings', () => {
  const s = branching();
  const atChoices = forward(s, start(s), 3);

  it("reaches a good ending with the lessons learned on the path, including the ending's own", () => {
    const end = forward(s, chosen(s, atChoices, 'safe'), 2);
    expect(isFinished(end)).toBe(true);
    expect(beatOf(s, end)).toEqual({
      kind: 'ending',
      sceneId: 'office',
      endingId: 'good',
      good: true,
      learned: ['l-official', 'l-contract', 'l-passport'],
      missed: [],
    });
    expect(next(s, end)).toBe(end);
  });

  it('reaches a bad ending listing the lessons missed on this path', () => {
    const end = forward(s, chosen(s, atChoices, 'risky'), 1);
    expect(beatOf(s, end)).toEqual({ kind: 'ending', sceneId: 'broker', endingId: 'bad', good: false, learned: [], missed: ['l-official', 'l-passport'] });
    expect(end.flags).toEqual(['paid']);
  });
});

describe('back and undo', () => {
  const s = branching();
  const atChoices = forward(s, start(s), 3);

  it('goes back panel by panel, across a "next" link to the previous scene\'s last panel', () => {
    const inCrossroads = forward(s, start(s), 2);
    expect(beatOf(s, back(s, inCrossroads))).toMatchObject({ sceneId: 'intro', panelId: 'intro-2' });
    expect(back(s, inCrossroads).path).toEqual([{ scene: 'intro' }]);
    expect(beatOf(s, back(s, back(s, inCrossroads)))).toMatchObject({ panelId: 'intro-1' });
  });

  it('does nothing at the very first panel', () => {
    const first = start(s);
    expect(back(s, first)).toBe(first);
  });

  it("from the choice point goes back to the scene's last panel", () => {
    expect(beatOf(s, back(s, atChoices))).toMatchObject({ kind: 'panel', panelId: 'crossroads-p1' });
  });

  it('from the first panel after a choice returns to the choice point with the choice undone', () => {
    const after = chosen(s, atChoices, 'safe');
    const undone = back(s, after);
    expect(beatOf(s, undone).kind).toBe('choices');
    expect(undone).toEqual(atChoices);
  });

  it("from an ending goes back to the last panel, taking back the ending's lessons", () => {
    const end = forward(s, chosen(s, atChoices, 'safe'), 2);
    const before = back(s, end);
    expect(beatOf(s, before)).toMatchObject({ kind: 'panel', panelId: 'office-2' });
    expect(before.lessons).toEqual(['l-official', 'l-contract']);
  });

  it('"try another choice" returns from an ending to the last decision with it undone', () => {
    const end = forward(s, chosen(s, atChoices, 'risky'), 1);
    const retry = undoChoice(s, end);
    expect(retry).toEqual(atChoices);
    expect(choicesOf(s, retry).map((option) => option.id)).toContain('risky');
  });

  it('undoChoice without any choice made changes nothing', () => {
    const state = start(s);
    expect(undoChoice(s, state)).toBe(state);
  });
});

describe('determinism', () => {
  it('the same inputs give the same states, as plain JSON', () => {
    const s = branching();
    const run = () => JSON.stringify(forward(s, chosen(s, forward(s, start(s), 3), 'safe'), 2));
    expect(run()).toBe(run());
    expect(JSON.parse(run())).toEqual(JSON.parse(run()));
  });
});
