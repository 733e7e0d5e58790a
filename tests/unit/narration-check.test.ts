import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNarration, type NarrationBundle } from '../../src/story/check/narration';
import { reporter } from '../../src/story/check/context';
import { sourceHash } from '../../src/story/hash';
import { narrationBudget, oggOpusSeconds, type Narration } from '../../src/story/narration';
import type { Problem } from '../../src/story/problem';
import type { Story, Translation } from '../../src/story/schema';
import { lessonStrings, storyStrings } from '../../src/story/strings';
import { readNarrations } from '../../tools/narration-files';
import { LESSONS_DIR, readCatalog } from '../../tools/story-files';
import { oggOpus } from '../../src/story/ogg-opus';
import { branching } from '../fixtures/build-story';

/** An Ogg Opus file of `seconds` made of 20 ms packets of `packetBytes` each (the bytes need not be real Opus). */
function recording(seconds: number, packetBytes = 60): Uint8Array {
  const packets = Array.from({ length: Math.ceil((seconds * 48_000) / 960) }, () => new Uint8Array(packetBytes).fill(7));
  return oggOpus({ packets, frameSamples: 960, preSkip: 312, samples: Math.round(seconds * 48_000), inputRate: 22_050, serial: 1, vendor: 'test' });
}

/** Narration of the given keys, each recorded against `textOf(key)` as it is now, 1.5 s long. */
function narrate(story: Story, keys: string[], language = 'id', textOf = (key: string) => storyStrings(story).find((entry) => entry.key === key)!.text) {
  const clips: Narration['clips'] = {};
  const recordings = new Map<string, Uint8Array>();
  for (const key of keys) {
    const bytes = recording(1.5);
    recordings.set(`${key}.ogg`, bytes);
    clips[key] = { file: `${key}.ogg`, source: sourceHash(textOf(key)), bytes: bytes.length, seconds: 1.5 };
  }
  const bundle: NarrationBundle & { recordings: Map<string, Uint8Array> } = {
    file: `stories/test/narration/${language}.json`,
    narration: { schemaVersion: 1, language, clips },
    recordings,
  };
  return bundle;
}

function check(story: Story, bundle: NarrationBundle, translations: Translation[] = []): string[] {
  const problems: Problem[] = [];
  checkNarration(bundle, storyStrings(story), story.language, translations, reporter(bundle.file, problems));
  return problems.map((problem) => `${problem.severity} ${problem.code} ${problem.path}`);
}

const READ_ALOUD = [
  'panel.intro-1.balloon.a',
  'panel.intro-2.balloon.a',
  'panel.crossroads-p1.balloon.a',
  'choice.safe.text',
  'choice.risky.text',
  'choice.locked.text',
  'choice.hidden.text',
  'panel.office-1.balloon.a',
  'panel.office-2.balloon.a',
  'panel.broker-p1.balloon.a',
  'ending.good.title',
  'ending.good.text',
  'ending.bad.title',
  'ending.bad.text',
];

describe('story:check on narration', () => {
  it('passes a complete narration with nothing to say', () => {
    expect(check(branching(), narrate(branching(), READ_ALOUD))).toEqual([]);
  });

  it('notes missing recordings once per language, never as an error', () => {
    const found = check(branching(), narrate(branching(), READ_ALOUD.slice(2)));
    expect(found).toEqual(['note missing-narration $.clips']);
  });

  it('reports a recording made before its text changed as stale', () => {
    const story = branching();
    const bundle = narrate(story, READ_ALOUD);
    story.scenes[0]!.pages[0]!.panels[1]!.balloons[0]!.text = 'Sari changed her mind.';
    expect(check(story, bundle)).toEqual(['warning stale-narration $.clips["panel.intro-2.balloon.a"].source']);
  });

  it('reports recordings of texts that are gone or never read aloud, and files no entry uses', () => {
    const bundle = narrate(branching(), [...READ_ALOUD, 'scene.intro.title'], 'id', (key) =>
      key === 'scene.intro.title' ? 'Intro' : storyStrings(branching()).find((entry) => entry.key === key)!.text,
    );
    bundle.recordings.set('left-over.ogg', recording(1));
    expect(check(branching(), bundle)).toEqual(['warning unknown-narration-key $.clips["scene.intro.title"]', 'warning unused-recording $.clips']);
  });

  it('refuses a missing file, a wrong size and a file that is not Ogg Opus; warns at a size over the budget', () => {
    const bundle = narrate(branching(), READ_ALOUD);
    const [first, second, third, fourth] = READ_ALOUD;
    bundle.recordings.delete(`${first}.ogg`);
    bundle.narration.clips[second!]!.bytes += 1;
    const wave = new TextEncoder().encode('RIFF....WAVEfmt ');
    bundle.recordings.set(`${third}.ogg`, wave);
    bundle.narration.clips[third!]!.bytes = wave.length;
    const heavy = recording(1.5, 200); // 200 bytes every 20 ms: 10,000 bytes a second
    bundle.recordings.set(`${fourth}.ogg`, heavy);
    bundle.narration.clips[fourth!]!.bytes = heavy.length;
    expect(check(branching(), bundle)).toEqual([
      `error missing-recording $.clips["${first}"].file`,
      `error recording-size $.clips["${second}"].bytes`,
      `error not-opus $.clips["${third}"].file`,
      `warning narration-too-large $.clips["${fourth}"].file`,
    ]);
  });

  it("checks a translation's narration against the translated text", () => {
    const story = branching();
    const english = new Map(storyStrings(story).map((entry) => [entry.key, `EN ${entry.text}`]));
    const translation: Translation = {
      schemaVersion: 1,
      language: 'en',
      strings: Object.fromEntries(
        [...english].map(([key, text]) => [key, { text, source: sourceHash(storyStrings(story).find((entry) => entry.key === key)!.text) }]),
      ),
    };
    const bundle = narrate(story, READ_ALOUD, 'en', (key) => english.get(key)!);
    expect(check(story, bundle, [translation])).toEqual([]);
    translation.strings['choice.safe.text']!.text = 'Ask the labour office first';
    expect(check(story, bundle, [translation])).toEqual(['warning stale-narration $.clips["choice.safe.text"].source']);
    expect(check(story, bundle, [])).toEqual(['error narration-without-text $.language']);
  });
});

describe('Ogg Opus recordings', () => {
  it('plays as long as its audio, not its padded last frame', () => {
    expect(oggOpusSeconds(recording(2.345))).toBeCloseTo(2.345, 3);
    expect(oggOpusSeconds(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it("keeps the sample story's synthetic narration within the budget of 4,000 bytes a second", () => {
    const folder = join(import.meta.dirname, '../../stories/sample/narration');
    const narration = JSON.parse(readFileSync(join(folder, 'id.json'), 'utf8')) as Narration;
    const clips = Object.values(narration.clips);
    expect(clips.length).toBeGreaterThan(10);
    for (const clip of clips) {
      const bytes = readFileSync(join(folder, 'id', clip.file));
      expect(bytes.length).toBe(clip.bytes);
      expect(bytes.length).toBeLessThanOrEqual(narrationBudget(clip.seconds));
    }
  });
});

describe("story:check on the lessons' narration (stories/lessons/narration)", () => {
  const catalog = readCatalog().catalog!;
  const translations = readCatalog().translations.map((item) => item.translation);
  const checkLessons = (bundle: NarrationBundle) => {
    const problems: Problem[] = [];
    checkNarration(bundle, lessonStrings(catalog), catalog.language, translations, reporter(bundle.file, problems));
    return problems.map((problem) => `${problem.severity} ${problem.code} ${problem.path}`);
  };
  const shipped = () => {
    const { bundles, problems } = readNarrations(LESSONS_DIR);
    expect(problems).toEqual([]);
    return bundles.find((bundle) => bundle.narration.language === 'id')!;
  };

  it('ships every lesson message in Indonesian, recorded against the message as it reads now, within the budget', () => {
    const bundle = shipped();
    expect(Object.keys(bundle.narration.clips).sort()).toEqual(catalog.lessons.map((lesson) => `lesson.${lesson.id}.message`).sort());
    expect(checkLessons(bundle)).toEqual([]);
    for (const clip of Object.values(bundle.narration.clips)) expect(clip.bytes).toBeLessThanOrEqual(narrationBudget(clip.seconds));
  });

  it('reports a lesson recording made before its message changed, one missing, one for a title and a file no entry uses', () => {
    const { file, narration, recordings } = shipped();
    const [first, second] = catalog.lessons;
    const clips = { ...narration.clips, [`lesson.${first!.id}.title`]: narration.clips[`lesson.${first!.id}.message`]! };
    delete clips[`lesson.${second!.id}.message`];
    const changed = { ...catalog, lessons: catalog.lessons.map((lesson, index) => (index === 0 ? { ...lesson, message: `${lesson.message} Lagi.` } : lesson)) };
    const problems: Problem[] = [];
    const bundle = { file, narration: { ...narration, clips }, recordings };
    checkNarration(bundle, lessonStrings(changed), catalog.language, translations, reporter(file, problems));
    expect(problems.map((problem) => `${problem.severity} ${problem.code} ${problem.path}`)).toEqual([
      `warning stale-narration $.clips["lesson.${first!.id}.message"].source`,
      `warning unknown-narration-key $.clips["lesson.${first!.id}.title"]`,
      `warning unused-recording $.clips`,
      `note missing-narration $.clips`,
    ]);
    expect(problems.at(-1)!.message).toContain(`lesson.${second!.id}.message`);
  });
});
