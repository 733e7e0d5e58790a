/** A choice's condition and effects edited with pickers: what the pickers show, and what they write is what the engine reads. */
import { describe, expect, it } from 'vitest';
import { choose, choicesOf, next, start } from '../../src/engine';
import { checkDraft } from '../../src/studio/check/live-check';
import { conditionOfForm, declareFlag, formOf, setChoiceCondition, setChoiceEffects } from '../../src/studio/edit/conditions';
import type { Story } from '../../src/story/schema';
import { choice, choices, ending, scene, story } from '../fixtures/build-story';

const twoWays = (): Story =>
  story([
    scene('a', choices(choice('ask', 'b'), choice('go', 'c'))),
    scene('b', choices(choice('back', 'a'), choice('done', 'c'))),
    scene('c', ending('good')),
  ]);
const choiceOf = (draft: Story, sceneId: string, choiceId: string) => {
  const end = draft.scenes.find((item) => item.id === sceneId)!.then;
  return end.kind === 'choices' ? end.choices.find((item) => item.id === choiceId)! : undefined;
};

describe('a condition in pickers', () => {
  it('reads none, one test, and all or any of several; a deeper condition is left to the file', () => {
    expect(formOf(undefined)).toEqual({ join: 'all', tests: [] });
    expect(formOf({ kind: 'not', not: { kind: 'flag', flag: 'asked' } })).toEqual({ join: 'all', tests: [{ kind: 'flag-not-set', id: 'asked' }] });
    expect(
      formOf({
        kind: 'any',
        any: [
          { kind: 'visited', visited: 'b' },
          { kind: 'learned', learned: 'l-official' },
        ],
      }),
    ).toEqual({
      join: 'any',
      tests: [
        { kind: 'visited', id: 'b' },
        { kind: 'learned', id: 'l-official' },
      ],
    });
    expect(formOf({ kind: 'all', all: [{ kind: 'any', any: [{ kind: 'flag', flag: 'a' }] }] })).toBeNull();
    expect(formOf({ kind: 'not', not: { kind: 'all', all: [{ kind: 'flag', flag: 'a' }] } })).toBeNull();
  });

  it('writes back what it read', () => {
    for (const form of [
      { join: 'all' as const, tests: [{ kind: 'not-visited' as const, id: 'b' }] },
      {
        join: 'any' as const,
        tests: [
          { kind: 'flag-set' as const, id: 'asked' },
          { kind: 'not-learned' as const, id: 'l-official' },
        ],
      },
    ]) {
      expect(formOf(conditionOfForm(form))).toEqual(form);
    }
    expect(conditionOfForm({ join: 'any', tests: [] })).toBeUndefined();
  });
});

describe('a choice that needs a flag another choice sets', () => {
  it('is closed until the flag is set, then open, as the engine plays it; the check stays clean', () => {
    const declared = declareFlag(twoWays(), 'Sudah tanya');
    expect(declared.flagId).toBe('sudah-tanya');
    expect(declareFlag(declared.story, 'sudah tanya').story).toBe(declared.story);
    let draft = setChoiceEffects(declared.story, 'b', 'back', [{ set: 'sudah-tanya' }]);
    draft = setChoiceCondition(draft, 'a', 'go', conditionOfForm({ join: 'all', tests: [{ kind: 'flag-set', id: 'sudah-tanya' }] }));
    expect(checkDraft(draft, []).filter((problem) => problem.severity === 'error')).toEqual([]);

    let state = start(draft);
    const open = () =>
      choicesOf(draft, state)
        .filter((option) => option.enabled)
        .map((option) => option.id);
    while (state.at.kind !== 'choices') state = next(draft, state);
    expect(open()).toEqual(['ask']);
    const take = (choiceId: string) => {
      while (state.at.kind !== 'choices') state = next(draft, state);
      state = choose(draft, state, choiceId).state;
    };
    take('ask');
    take('back');
    while (state.at.kind !== 'choices') state = next(draft, state);
    expect(open()).toEqual(['ask', 'go']);
  });

  it('loses its "why not" text with its condition, and an empty effect list is left out of the file', () => {
    const draft = setChoiceCondition(twoWays(), 'a', 'go', { kind: 'flag', flag: 'x' });
    const withWhy: Story = {
      ...draft,
      scenes: draft.scenes.map((item) =>
        item.id === 'a' ? { ...item, then: choices(choice('ask', 'b'), { ...choiceOf(draft, 'a', 'go')!, unavailable: 'Belum bisa.' }) } : item,
      ),
    };
    expect(choiceOf(withWhy, 'a', 'go')).toMatchObject({ condition: { flag: 'x' }, unavailable: 'Belum bisa.' });
    expect(choiceOf(setChoiceCondition(withWhy, 'a', 'go', undefined), 'a', 'go')).toEqual({ id: 'go', text: 'Choose go', target: 'c' });
    expect(choiceOf(setChoiceEffects(setChoiceEffects(twoWays(), 'a', 'go', [{ clear: 'x' }]), 'a', 'go', []), 'a', 'go')).toEqual({
      id: 'go',
      text: 'Choose go',
      target: 'c',
    });
  });
});
