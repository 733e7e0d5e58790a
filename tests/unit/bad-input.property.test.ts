/**
 * Any input at all gives problems with paths, never an exception or a hang: generated JSON, mutated stories,
 * random story graphs. The engine then plays whatever the checker passes without failing.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { back, beatOf, choicesOf, choose, next, restore, start, undoChoice } from '../../src/engine';
import { explore } from '../../src/engine/explore';
import { checkStory, type CheckContext } from '../../src/story/check/index';
import { loadStory } from '../../src/story/load';
import { hasErrors, type Problem } from '../../src/story/problem';
import type { Story } from '../../src/story/schema';
import { choice, choices, ending, next as nextScene, scene, story } from '../fixtures/build-story';

const sampleText = readFileSync(new URL('../../stories/sample/story.json', import.meta.url), 'utf8');
const context: CheckContext = { catalog: null, catalogFile: 'lessons.json', artExists: () => true, helplines: ['0800-1000'] };

function expectWellFormed(problems: Problem[]): void {
  for (const problem of problems) {
    expect(problem.path).toMatch(/^\$/);
    expect(problem.message.length).toBeGreaterThan(5);
    expect(['error', 'warning']).toContain(problem.severity);
  }
}

/** Load, check, explore and play: the full pipeline an author's file goes through. */
function pipeline(text: string): void {
  const loaded = loadStory(text, 'f.json');
  if (!loaded.ok) {
    expect(loaded.problems.length).toBeGreaterThan(0);
    expectWellFormed(loaded.problems);
    return;
  }
  const problems = checkStory({ file: 'f.json', story: loaded.value, translations: [] }, context);
  expectWellFormed(problems);
  if (!hasErrors(problems)) playRandomly(loaded.value, 0);
}

function playRandomly(s: Story, seed: number): void {
  explore(s, 2_000);
  let state = start(s);
  for (let step = 0; step < 120; step++) {
    const beat = beatOf(s, state);
    if (beat.kind === 'ending') {
      state = step % 2 ? undoChoice(s, state) : back(s, state);
      continue;
    }
    if (beat.kind === 'choices') {
      const enabled = choicesOf(s, state).filter((option) => option.enabled);
      if (enabled.length === 0) break;
      const result = choose(s, state, enabled[(seed + step) % enabled.length]!.id);
      expect(result.ok).toBe(true);
      state = result.state;
    } else state = (seed + step) % 7 === 0 ? back(s, state) : next(s, state);
  }
  expect(restore(s, JSON.parse(JSON.stringify(state))).status).toBe('exact');
}

describe('bad input never throws', { timeout: 60_000 }, () => {
  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => pipeline(JSON.stringify(value))),
      { numRuns: 1500 },
    );
  });

  it('arbitrary text, including truncated and garbled story files', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.nat(sampleText.length).map((cut) => sampleText.slice(0, cut)),
          fc.nat(sampleText.length).map((at) => sampleText.slice(0, at) + '}{' + sampleText.slice(at)),
        ),
        (text) => pipeline(text),
      ),
      { numRuns: 1000 },
    );
  });

  // npm test runs 3,000; FUZZ_MUTATIONS=20000 npx vitest run tests/unit/bad-input.property.test.ts runs the full fuzz
  // (2026-12-02, after the hardening of issue 16: 20,000 mutated copies, 0 exceptions; docs/performance.md).
  it('thousands of mutated copies of a real story', { timeout: 600_000 }, () => {
    const base = JSON.parse(sampleText) as unknown;
    const mutation = fc.record({
      where: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
      kind: fc.constantFrom('delete', 'replace', 'duplicate', 'swap-id'),
      value: fc.jsonValue({ maxDepth: 3 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const copy = structuredClone(base);
        for (const item of mutations) mutate(copy, item.where, item.kind, item.value);
        pipeline(JSON.stringify(copy));
      }),
      { numRuns: Number(process.env.FUZZ_MUTATIONS ?? 3000) },
    );
  });

  it('random story graphs with cycles, conditions and flags are checked and played without failing', () => {
    const graph = fc.integer({ min: 1, max: 12 }).chain((count) =>
      fc.array(
        fc.record({
          kind: fc.constantFrom('next', 'choices', 'ending'),
          targets: fc.array(fc.nat(count - 1), { minLength: 1, maxLength: 3 }),
          conditioned: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
          sets: fc.boolean(),
        }),
        { minLength: count, maxLength: count },
      ),
    );
    fc.assert(
      fc.property(graph, fc.nat(), (specs, seed) => {
        const s = story(
          specs.map((spec, index) => {
            const id = `s${index}`;
            if (spec.kind === 'ending') return scene(id, ending(index % 2 ? 'good' : 'bad'));
            if (spec.kind === 'next') return scene(id, nextScene(`s${spec.targets[0]}`));
            return scene(
              id,
              choices(
                ...spec.targets.map((target, c) =>
                  choice(`${id}-c${c}`, `s${target}`, {
                    ...(spec.conditioned[c] ? { condition: { kind: 'not', not: { kind: 'flag', flag: 'f' } }, unavailable: 'Not now.' } : {}),
                    ...(spec.sets ? { effects: [{ set: 'f' }] } : {}),
                  }),
                ),
              ),
            );
          }),
          { flags: [{ id: 'f' }] },
        );
        const problems = checkStory({ file: 'f.json', story: s, translations: [] }, context);
        expectWellFormed(problems);
        if (!hasErrors(problems)) {
          const result = explore(s);
          expect(result.complete).toBe(true);
          playRandomly(s, seed);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

/** Walks a path of indices into the value and damages what it finds there. */
function mutate(root: unknown, where: number[], kind: string, value: unknown): void {
  let parent: unknown = root;
  let key: string | number | undefined;
  for (const step of where) {
    const node: unknown = key === undefined ? parent : (parent as Record<string | number, unknown>)[key];
    if (node === null || typeof node !== 'object') break;
    const keys = Array.isArray(node) ? node.map((_item, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    if (key !== undefined) parent = node;
    key = keys[step % keys.length];
  }
  if (key === undefined || parent === null || typeof parent !== 'object') return;
  const container = parent as Record<string | number, unknown>;
  if (kind === 'delete') {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete container[key];
  } else if (kind === 'replace') container[key] = value;
  else if (kind === 'duplicate' && Array.isArray(container)) container.push(structuredClone(container[key as number]));
  else if (kind === 'swap-id' && typeof container[key] === 'string') container[key] = 'warung';
}
