// @vitest-environment jsdom
/**
 * Importing progress (a file or a code from another phone) adds and never takes away: a place is replaced only by one
 * that has read further, lessons are only added, and the reader is told what truly changed. Any code at all, mangled
 * or hostile, is read without an exception: refused whole, or merged without losing anything.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { choose, isFurther, next, start, type ReadingState } from '../../src/engine';
import { exportProgress, importProgress, progressCode, readProgressCode, type ImportResult } from '../../src/settings/progress-transfer';
import { loadStory } from '../../src/story/load';
import type { Story } from '../../src/story/schema';
import { useLessons } from '../../src/store/lessons';
import { useNotices } from '../../src/store/notices';
import { useProgress } from '../../src/store/progress';

const loaded = loadStory(readFileSync(join(import.meta.dirname, '..', '..', 'stories', 'sample', 'story.json'), 'utf8'), 'sample');
if (!loaded.ok) throw new Error('the sample story does not load');
const sample: Story = loaded.value;
const chosen = (state: ReadingState, choiceId: string) => {
  const result = choose(sample, state, choiceId);
  if (!result.ok) throw new Error(`cannot choose ${choiceId}`);
  return result.state;
};
const onward = (state: ReadingState, steps: number) => Array.from({ length: steps }).reduce<ReadingState>((current) => next(sample, current), state);
const atStart = start(sample);
const atChoices = onward(atStart, 3);
const inDisnaker = chosen(atChoices, 'ask-disnaker');
const atDecision = onward(inDisnaker, 2);
const atEnding = onward(chosen(onward(chosen(atChoices, 'take-money'), 2), 'go-with-darto'), 1);

const when = '2026-11-01T00:00:00.000Z';
const exported = (saves: Record<string, unknown>, completed: Record<string, unknown> = {}, endings: Record<string, unknown> = {}) => ({
  app: 'komik-saku',
  exportVersion: 1,
  exportedAt: when,
  progress: { saves, endings },
  lessons: { completed },
});

beforeEach(() => {
  for (const store of [useProgress, useLessons] as unknown as { setState: (state: object, replace: true) => void; getInitialState: () => object }[])
    store.setState(store.getInitialState(), true);
  localStorage.clear();
  useNotices.setState({ notices: [] });
});

describe('importing progress', () => {
  it('never replaces a place with one that has read less, and says it kept it', async () => {
    expect(atEnding.at.kind).toBe('ending');
    useProgress.getState().save('sample', atEnding);
    const result = await importProgress(exported({ sample: atStart }));
    expect(result).toEqual({ ok: true, stories: 0, endings: 0, lessons: 0, kept: 1, unknownLessons: 0, refused: 0 });
    expect(useProgress.getState().saves.sample).toEqual(atEnding);
  });

  it('takes a place that has read further, on the same path or another', async () => {
    useProgress.getState().save('sample', atChoices);
    expect(await importProgress(exported({ sample: atDecision }))).toMatchObject({ ok: true, stories: 1, kept: 0 });
    expect(useProgress.getState().saves.sample).toEqual(atDecision);
  });

  it('counts only lessons new to this phone that this version knows; keeps the others without counting them', async () => {
    useLessons.getState().complete(['official-channels'], 'sample');
    const result = await importProgress(
      exported(
        {},
        {
          'official-channels': { at: when, storyId: 'sample' },
          'keep-passport': { at: when, storyId: 'sample' },
          'lesson-from-a-newer-app': { at: when, storyId: 'sample' },
        },
      ),
    );
    expect(result).toEqual({ ok: true, stories: 0, endings: 0, lessons: 1, kept: 0, unknownLessons: 1, refused: 0 });
    expect(Object.keys(useLessons.getState().completed).sort()).toEqual(['keep-passport', 'lesson-from-a-newer-app', 'official-channels']);
  });

  it('leaves out what cannot be read, counts it, and takes the rest', async () => {
    const result = await importProgress(
      exported(
        { sample: atDecision, 'jalan-sari': { ...atStart, storyId: 'jalan-sari' }, 'keluarga-nita': { ...atStart, path: 'warung', storyId: 'keluarga-nita' } },
        { 'keep-passport': { at: when, storyId: 'sample' }, 'safe-money': { at: 'soon', storyId: 'sample' }, constructor: { at: when, storyId: 'sample' } },
        { sample: ['bad-stranded'] },
      ),
    );
    // jalan-sari's "place" is the sample's path: it does not fit that story. The rest is a bad path, a bad time and a
    // reserved name.
    expect(result).toEqual({ ok: true, stories: 1, endings: 1, lessons: 1, kept: 0, unknownLessons: 0, refused: 4 });
    expect(Object.keys(useProgress.getState().saves)).toEqual(['sample']);
  });

  it('says nothing new when there is nothing new', async () => {
    useProgress.getState().save('sample', atDecision);
    useLessons.getState().complete(['official-channels'], 'sample');
    const code = await progressCode();
    expect(await importProgress(await readProgressCode(code))).toEqual({
      ok: true,
      stories: 0,
      endings: 0,
      lessons: 0,
      kept: 1,
      unknownLessons: 0,
      refused: 0,
    });
  });

  it('refuses what is not an export, changing nothing', async () => {
    for (const value of [null, 'KS1-x', {}, { app: 'komik-saku', exportVersion: 2 }, { app: 'komik-saku', exportVersion: 1, progress: [], lessons: {} }]) {
      expect(await importProgress(value)).toEqual({ ok: false });
    }
  });
});

/** What the stores hold, to compare before and after an import. */
const snapshot = () => ({
  saves: { ...useProgress.getState().saves },
  endings: { ...useProgress.getState().endings },
  completed: { ...useLessons.getState().completed },
});

function expectNothingLost(before: ReturnType<typeof snapshot>, result: ImportResult): void {
  const after = snapshot();
  if (!result.ok) {
    expect(after).toEqual(before);
    return;
  }
  for (const id of Object.keys(before.completed)) expect(after.completed[id]).toBeDefined();
  for (const [id, list] of Object.entries(before.endings)) expect(after.endings[id]).toEqual(expect.arrayContaining(list));
  const samplePlace = before.saves.sample;
  if (samplePlace) expect(isFurther(sample, samplePlace, after.saves.sample)).toBe(false);
}

describe('any code at all', { timeout: 60_000 }, () => {
  const places = fc.constantFrom(atStart, atChoices, inDisnaker, atDecision, atEnding);

  it('mangled codes are refused whole or merged, never lose a lesson, an ending or a place, and never throw', async () => {
    useProgress.getState().save('sample', atDecision);
    useLessons.getState().complete(['official-channels'], 'sample');
    useProgress.getState().reachEnding('sample', 'good-official');
    const code = await progressCode(exportProgress(new Date(when)));
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('drop', 'insert', 'replace', 'cut'),
      char: fc.constantFrom('A', '-', '_', '0', 'z', ' ', '=', '%'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let mangled = code;
        for (const item of edits) {
          const at = item.at % (mangled.length + 1);
          if (item.kind === 'drop') mangled = mangled.slice(0, at) + mangled.slice(at + 1);
          else if (item.kind === 'insert') mangled = mangled.slice(0, at) + item.char + mangled.slice(at);
          else if (item.kind === 'replace') mangled = mangled.slice(0, at) + item.char + mangled.slice(at + 1);
          else mangled = mangled.slice(0, at);
        }
        const before = snapshot();
        expectNothingLost(before, await importProgress(await readProgressCode(mangled)));
      }),
      { numRuns: 300 },
    );
  });

  it('exports of any shape, with valid and invalid parts mixed, never throw and never make a place go back', async () => {
    const lessonIds = fc.constantFrom('official-channels', 'keep-passport', 'safe-money', '__proto__', 'constructor', 'Not An Id', 'lesson-from-a-newer-app');
    const completion = fc.oneof(fc.constant({ at: when, storyId: 'sample' }), fc.jsonValue({ maxDepth: 2 }));
    const save = fc.oneof(
      places,
      places.map((place) => ({ ...place, version: 99 })),
      places.map((place) => ({ ...place, path: place.path.map((step) => step.scene) })),
      fc.jsonValue({ maxDepth: 3 }),
    );
    const storyIds = fc.constantFrom('sample', 'jalan-sari', 'not-bundled', '__proto__', 'toString');
    const value = fc.oneof(
      fc
        .record({
          saves: fc.dictionary(storyIds, save),
          completed: fc.dictionary(lessonIds, completion),
          endings: fc.dictionary(storyIds, fc.oneof(fc.array(fc.constantFrom('good-official', 'bad-stranded', 7 as unknown as string)), fc.jsonValue())),
        })
        .map((parts) => exported(parts.saves, parts.completed, parts.endings)),
      fc.jsonValue({ maxDepth: 4 }),
    );
    await fc.assert(
      fc.asyncProperty(places, value, async (here, imported) => {
        useProgress.getState().save('sample', here);
        const before = snapshot();
        expectNothingLost(before, await importProgress(JSON.parse(JSON.stringify(imported))));
      }),
      { numRuns: 400 },
    );
  });
});
