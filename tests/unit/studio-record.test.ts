/**
 * Recording in the Studio (issue 19): silence cut from both ends of a take, the texts a narrator reads and what is
 * left, and a draft's recordings written as the narration files story:check accepts.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reporter } from '../../src/story/check/context';
import { checkNarration } from '../../src/story/check/narration';
import { sourceHash } from '../../src/story/hash';
import { loadNarration } from '../../src/story/narration';
import type { Problem } from '../../src/story/problem';
import { storyStrings } from '../../src/story/strings';
import { clipFile, linesToRecord, narrationFiles, type Clip } from '../../src/studio/record/lines';
import { speechBounds, trimSilence } from '../../src/studio/record/trim';
import { writePack } from '../../src/packs/index';
import { draftNarrationFiles, putDraftNarration } from '../../src/studio/record/record-store';
import { draftOfPack } from '../../src/studio/share/draft-pack';
import { packContext, readPackFiles } from '../../tools/pack-files';
import { bundledStory } from '../fixtures/bundled-story';

const RATE = 48_000;

/** Quiet room noise (±`noise`), with a tone of `level` from `from` to `to` seconds: a word said between pauses. */
function take(seconds: number, from: number, to: number, level = 0.3, noise = 0.003): Float32Array {
  const samples = new Float32Array(seconds * RATE);
  for (let index = 0; index < samples.length; index++) {
    const time = index / RATE;
    const hiss = noise * Math.sin(index * 12.9898);
    samples[index] = hiss + (time >= from && time < to ? level * Math.sin(2 * Math.PI * 220 * time) : 0);
  }
  return samples;
}

describe('trimming silence', () => {
  it('cuts the quiet before the first word and after the last, keeping 150 ms of each', () => {
    const trimmed = trimSilence(take(4, 1, 2.5), RATE);
    expect(trimmed.length / RATE).toBeCloseTo(1.5 + 0.3, 1);
  });

  it('keeps a quiet voice as well as a loud one: the threshold follows the take', () => {
    const loud = speechBounds(take(3, 0.5, 2, 0.5), RATE)!;
    const quiet = speechBounds(take(3, 0.5, 2, 0.03), RATE)!;
    expect(quiet.start / RATE).toBeCloseTo(loud.start / RATE, 1);
    expect(quiet.end / RATE).toBeCloseTo(loud.end / RATE, 1);
  });

  it('keeps the pause between two words', () => {
    const samples = take(5, 1, 1.5);
    samples.set(take(5, 3, 3.5).subarray(3 * RATE, 3.5 * RATE), 3 * RATE);
    const bounds = speechBounds(samples, RATE)!;
    expect(bounds.start / RATE).toBeCloseTo(0.85, 1);
    expect(bounds.end / RATE).toBeCloseTo(3.65, 1);
  });

  it('finds nothing to keep in a take of room noise only, or of nothing at all', () => {
    expect(trimSilence(take(2, 0, 0), RATE).length).toBe(0);
    expect(speechBounds(new Float32Array(0), RATE)).toBeNull();
  });

  it('keeps a take that starts and ends with speech whole', () => {
    expect(trimSilence(take(1, 0, 1), RATE).length).toBe(RATE);
  });
});

const story = bundledStory('sample');
const ogg = readFileSync(join(import.meta.dirname, '..', '..', 'stories', 'sample', 'narration', 'id', 'panel.warung-1.balloon.caption.ogg'));

describe('what the narrator reads', () => {
  const first = storyStrings(story).find((entry) => entry.key.includes('.balloon.'))!;

  it('lists the texts read aloud in the story order, and what is recorded, changed since or left', () => {
    const none = linesToRecord(story, [], 'id', new Map());
    expect(none.map((line) => line.key)).toContain(first.key);
    expect(none.some((line) => line.key.endsWith('.description') || line.key === 'title')).toBe(false);
    expect(none.every((line) => line.state === 'missing')).toBe(true);
    const recorded = new Map([[first.key, { source: sourceHash(first.text) }]]);
    expect(linesToRecord(story, [], 'id', recorded).find((line) => line.key === first.key)?.state).toBe('recorded');
    const changed = new Map([[first.key, { source: sourceHash(`${first.text} (old)`) }]]);
    expect(linesToRecord(story, [], 'id', changed).find((line) => line.key === first.key)?.state).toBe('stale');
  });

  it('reads a translation in its own words, and nothing in a language the draft has no text in', () => {
    const translation = { schemaVersion: 1 as const, language: 'en', strings: { [first.key]: { text: 'Hello', source: sourceHash(first.text) } } };
    expect(linesToRecord(story, [translation], 'en', new Map())).toEqual([{ key: first.key, text: 'Hello', source: sourceHash('Hello'), state: 'missing' }]);
    expect(linesToRecord(story, [], 'jv', new Map())).toEqual([]);
  });

  it("writes the draft's recordings as narration files story:check accepts, leaving out a deleted text's", () => {
    const lines = linesToRecord(story, [], 'id', new Map()).slice(0, 2);
    const clips: Clip[] = [
      ...lines.map((line) => ({ key: line.key, source: line.source, seconds: 3, bytes: ogg })),
      { key: 'panel.gone.balloon.x', source: 'abcdef01', seconds: 1, bytes: ogg },
    ];
    const files = narrationFiles('id', clips, new Set(lines.map((line) => line.key)));
    expect([...files.keys()].sort()).toEqual(['narration/id.json', ...lines.map((line) => `narration/id/${line.key}.ogg`)].sort());
    const manifest = loadNarration(new TextDecoder().decode(files.get('narration/id.json')), 'narration/id.json');
    if (!manifest.ok) throw new Error(manifest.problems[0]!.message);
    const problems: Problem[] = [];
    const recordings = new Map([...files].filter(([name]) => name.endsWith('.ogg')).map(([name, bytes]) => [name.replace('narration/id/', ''), bytes]));
    checkNarration(
      { file: 'stories/sample/narration/id.json', narration: manifest.value, recordings },
      storyStrings(story),
      'id',
      [],
      reporter('stories/sample/narration/id.json', problems),
    );
    expect(problems.filter((problem) => problem.severity !== 'note')).toEqual([]);
    expect(narrationFiles('id', [], new Set()).size).toBe(0);
  });

  it('names a recording by its key, or by its hash when the key would not make a file name', () => {
    expect(clipFile('panel.p1.balloon.b1')).toBe('panel.p1.balloon.b1.ogg');
    expect(clipFile(`panel.${'x'.repeat(200)}.balloon.b`)).toMatch(/^[0-9a-f]{8}\.ogg$/);
  });
});

describe("a pack's narration in a draft", () => {
  it('opens with the draft, is kept in IndexedDB, and is exported again byte for byte', async () => {
    const files = readPackFiles(join(import.meta.dirname, '..', '..', 'stories', 'sample')).files;
    const opened = draftOfPack(writePack(files), packContext().context, 'sample.komik');
    if (!opened.ok) throw new Error(opened.problems[0]!.message);
    expect(opened.value.narration.get('id')).toHaveLength(22);
    await putDraftNarration('draft-1', opened.value.narration);
    const exported = await draftNarrationFiles('draft-1', opened.value.story, opened.value.translations);
    const recordings = [...files].filter(([name]) => name.startsWith('narration/id/'));
    expect(recordings).toHaveLength(22);
    for (const [name, bytes] of recordings) expect(Buffer.compare(exported.get(name)!, bytes), name).toBe(0);
    expect(await draftNarrationFiles('draft-2', opened.value.story, [])).toEqual(new Map());
  });
});
