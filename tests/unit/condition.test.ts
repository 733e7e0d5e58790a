/** Conditions read from a file carry their kind, and the one visitor over them handles every kind. */
import { describe, expect, it } from 'vitest';
import { visitCondition, type ConditionVisitor } from '../../src/story/condition';
import { validate } from '../../src/story/parse';
import { ConditionSchema, type Condition } from '../../src/story/schema';

const read = (value: unknown) => validate(ConditionSchema, value, 'story.json');

describe('conditions', () => {
  it('are tagged with their kind when read, nested ones too; a file may say the kind itself', () => {
    expect(read({ all: [{ flag: 'asked' }, { not: { visited: 'office' } }] })).toEqual({
      ok: true,
      value: {
        kind: 'all',
        all: [
          { kind: 'flag', flag: 'asked' },
          { kind: 'not', not: { kind: 'visited', visited: 'office' } },
        ],
      },
    });
    expect(read({ kind: 'learned', learned: 'check-agency' })).toEqual({ ok: true, value: { kind: 'learned', learned: 'check-agency' } });
  });

  it('refuse a kind that is not their key', () => {
    expect(read({ kind: 'visited', flag: 'asked' }).ok).toBe(false);
  });

  it('are walked by one visitor that must handle every kind (a missing one does not compile)', () => {
    const say: ConditionVisitor<string> = {
      flag: ({ flag }) => `flag ${flag}`,
      visited: ({ visited }) => `visited ${visited}`,
      learned: ({ learned }) => `learned ${learned}`,
      all: ({ all }) => `all(${all.map((part) => visitCondition(part, say)).join(', ')})`,
      any: ({ any }) => `any(${any.map((part) => visitCondition(part, say)).join(', ')})`,
      not: ({ not }) => `not ${visitCondition(not, say)}`,
    };
    const condition: Condition = {
      kind: 'any',
      any: [
        { kind: 'flag', flag: 'f' },
        { kind: 'not', not: { kind: 'learned', learned: 'l' } },
      ],
    };
    expect(visitCondition(condition, say)).toBe('any(flag f, not learned l)');
    // @ts-expect-error: a visitor without "not" is refused by the type checker (npm run typecheck).
    const missing: ConditionVisitor<string> = { flag: () => '', visited: () => '', learned: () => '', all: () => '', any: () => '' };
    expect(Object.keys(missing)).not.toContain('not');
  });
});
