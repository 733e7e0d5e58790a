/**
 * Janji di Dermaga (stories/awak-kapal), the fishing-crew story: every path played as a reader plays it, and
 * what a content reviewer checks (only the app's helplines as numbers, a bad ending that does not blame and still
 * shows help, tails aimed at the speaker as the art kit drew them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELPLINES } from '../../src/content/helplines';
import { beatOf, choicesOf, choose, next, start, type ReadingState } from '../../src/engine';
import { loadStory, loadTranslation } from '../../src/story/load';
import { numberRuns } from '../../src/story/number-runs';
import type { Story } from '../../src/story/schema';
import { storyStrings } from '../../src/story/strings';
import { speakersOf } from '../../tools/art/speakers';

const root = join(import.meta.dirname, '..', '..');
const file = 'stories/awak-kapal/story.json';
const parsed = loadStory(readFileSync(join(root, file), 'utf8'), file);
if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
const story: Story = parsed.value;
const enFile = 'stories/awak-kapal/i18n/en.json';
const english = loadTranslation(readFileSync(join(root, enFile), 'utf8'), enFile);
if (!english.ok) throw new Error(english.problems.map((problem) => problem.message).join('\n'));
const en = english.value.strings;

interface Played {
  choices: string[];
  scenes: string[];
  panels: number;
  ending: string;
  good: boolean;
  learned: string[];
  missed: string[];
}

/** Reads on from `state`, taking `plan`'s choices in turn; with no plan left at a choice point, stops there. */
function play(plan: readonly string[]): Played {
  let state: ReadingState = start(story);
  const taken: string[] = [];
  let panels = 0;
  for (let guard = 0; guard < 500; guard++) {
    const beat = beatOf(story, state);
    if (beat.kind === 'panel') {
      panels++;
      state = next(story, state);
    } else if (beat.kind === 'choices') {
      const choice = plan[taken.length];
      if (!choice) throw new Error(`no choice planned at ${beat.sceneId}: ${beat.options.map((option) => option.id).join(', ')}`);
      const result = choose(story, state, choice);
      if (!result.ok) throw new Error(`choice ${choice} refused at ${beat.sceneId}: ${result.reason}`);
      taken.push(choice);
      state = result.state;
    } else
      return {
        choices: taken,
        scenes: state.path.map((step) => step.scene),
        panels,
        ending: beat.endingId,
        good: beat.good,
        learned: beat.learned,
        missed: beat.missed,
      };
  }
  throw new Error('no ending after 500 steps');
}

/** Every sequence of choices from the start to an ending (the story has no conditions, so all are open). */
function allPaths(prefix: string[] = []): string[][] {
  let state: ReadingState = start(story);
  for (const choice of prefix) {
    while (beatOf(story, state).kind === 'panel') state = next(story, state);
    state = (choose(story, state, choice) as { state: ReadingState }).state;
  }
  while (beatOf(story, state).kind === 'panel') state = next(story, state);
  if (beatOf(story, state).kind === 'ending') return [prefix];
  return choicesOf(story, state).flatMap((option) => allPaths([...prefix, option.id]));
}

const PLAYTHROUGHS = [
  {
    name: 'checks with the village and Disnaker, takes the official route',
    choices: ['cek-dulu', 'jalur-resmi'],
    scenes: ['dermaga', 'rumah', 'desa', 'disnaker', 'pelatihan', 'persiapan', 'berangkat-resmi', 'laut-resmi'],
    ending: 'jalur-resmi',
    good: true,
    learned: [
      'official-channels',
      'check-agency',
      'placement-costs',
      'right-visa',
      'work-contract',
      'social-security',
      'family-role',
      'keep-passport',
      'get-help',
    ],
    missed: [],
  },
  {
    name: 'checks first, then goes with the uncle after all, asks for help at sea',
    choices: ['cek-dulu', 'ikut-paman-saja', 'minta-tolong'],
    scenes: ['dermaga', 'rumah', 'desa', 'disnaker', 'berangkat-cepat', 'di-laut', 'minta-tolong', 'pulang'],
    ending: 'pulang-pelan-pelan',
    good: true,
    learned: ['official-channels', 'check-agency', 'placement-costs', 'right-visa', 'trafficking-signs', 'get-help'],
    missed: [],
  },
  {
    name: 'checks first, goes with the uncle, stays silent at sea',
    choices: ['cek-dulu', 'ikut-paman-saja', 'diam-saja'],
    scenes: ['dermaga', 'rumah', 'desa', 'disnaker', 'berangkat-cepat', 'di-laut', 'diam'],
    ending: 'masih-di-laut',
    good: false,
    learned: ['official-channels', 'check-agency', 'placement-costs', 'right-visa', 'trafficking-signs'],
    missed: ['get-help'],
  },
  {
    name: 'goes with the uncle straight away, asks for help at sea',
    choices: ['ikut-paman', 'minta-tolong'],
    scenes: ['dermaga', 'rumah', 'berangkat-cepat', 'di-laut', 'minta-tolong', 'pulang'],
    ending: 'pulang-pelan-pelan',
    good: true,
    learned: ['trafficking-signs', 'get-help'],
    missed: ['official-channels', 'placement-costs'],
  },
  {
    name: 'goes with the uncle straight away, stays silent at sea',
    choices: ['ikut-paman', 'diam-saja'],
    scenes: ['dermaga', 'rumah', 'berangkat-cepat', 'di-laut', 'diam'],
    ending: 'masih-di-laut',
    good: false,
    learned: ['trafficking-signs'],
    missed: ['get-help', 'official-channels'],
  },
];

describe('Janji di Dermaga: every path', () => {
  it('has exactly the planned paths: one plan for every way through the choices', () => {
    expect(
      allPaths()
        .map((path) => path.join(' > '))
        .sort(),
    ).toEqual(PLAYTHROUGHS.map((plan) => plan.choices.join(' > ')).sort());
  });

  it.each(PLAYTHROUGHS)('$name', (plan) => {
    const played = play(plan.choices);
    expect(played.scenes).toEqual(plan.scenes);
    expect({ ending: played.ending, good: played.good }).toEqual({ ending: plan.ending, good: plan.good });
    expect(played.learned).toEqual(plan.learned);
    expect(played.missed).toEqual(plan.missed);
  });

  it('is 25 to 60 panels long, with at least two decisions on every path and good and bad endings', () => {
    const panels = story.scenes.reduce((sum, scene) => sum + scene.pages.reduce((count, page) => count + page.panels.length, 0), 0);
    expect(panels).toBeGreaterThanOrEqual(25);
    expect(panels).toBeLessThanOrEqual(60);
    for (const plan of PLAYTHROUGHS) expect(plan.choices.length).toBeGreaterThanOrEqual(2);
    expect(new Set(story.endings.map((ending) => ending.kind))).toEqual(new Set(['good', 'bad']));
  });
});

describe('Janji di Dermaga: what a reviewer checks', () => {
  const texts = storyStrings(story).map((entry) => ({ key: entry.key, id: entry.text, en: en[entry.key]?.text ?? '' }));

  it('is translated into English, every string', () => {
    expect(texts.filter((text) => !text.en).map((text) => text.key)).toEqual([]);
  });

  it("names no phone number but the app's own helplines, in both languages", () => {
    const helplines = HELPLINES.flatMap((line) => (line.number ? [line.number] : []));
    const numbers = texts.flatMap((text) =>
      numberRuns(`${text.id}\n${text.en}`)
        .filter((run) => run.number)
        .map((run) => run.text.replace(/[.,;:!?)]+$/, '')),
    );
    expect(numbers.length).toBeGreaterThan(0);
    expect([...new Set(numbers)].filter((number) => !helplines.includes(number))).toEqual([]);
  });

  it('ends badly without blaming Arif, and still shows where help is (belum terlambat)', () => {
    const bad = story.endings.filter((ending) => ending.kind === 'bad');
    expect(bad.length).toBeGreaterThan(0);
    for (const ending of bad) {
      expect(ending.text).toMatch(/bukan salah Arif/);
      expect(ending.text).toMatch(/Belum terlambat/);
      expect(ending.text).toMatch(/\+62 21 29244800/);
      expect(ending.text).toMatch(/0800-1000/);
      expect(en[`ending.${ending.id}.text`]?.text).toMatch(/not Arif's fault[\s\S]*not too late/);
      // Lessons missed are few: the ending shows help, it does not list what the reader did wrong.
      expect(ending.misses?.length ?? 0).toBeLessThanOrEqual(2);
    }
  });
});

describe('Janji di Dermaga: tails', () => {
  const speakers = speakersOf(join(root, 'tools', 'art', 'specs', 'awak-kapal.json'));
  const balloons = story.scenes.flatMap((scene) =>
    scene.pages.flatMap((page) => page.panels.flatMap((panel) => panel.balloons.map((balloon) => ({ panel, balloon })))),
  );
  const withTails = balloons.filter(({ balloon }) => balloon.tail);

  it('come from the art spec of each panel, one speaker for each speaking character', () => {
    expect(withTails.length).toBeGreaterThan(40);
    for (const { panel, balloon } of withTails) {
      expect(
        speakers[panel.art]?.some((speaker) => speaker.id === balloon.speaker),
        `${panel.id}/${balloon.id}: ${balloon.speaker} is drawn in ${panel.art}`,
      ).toBe(true);
    }
  });

  it("point at the speaker's mouth and stop short of the face, outside every balloon", () => {
    for (const { panel, balloon } of withTails) {
      const { mouth, face } = speakers[panel.art]!.find((speaker) => speaker.id === balloon.speaker)!;
      const tail = balloon.tail!;
      const middle = { x: balloon.box.x + balloon.box.w / 2, y: balloon.box.y + balloon.box.h / 2 };
      const where = `${panel.id}/${balloon.id}`;
      // On the line from the balloon's middle to the mouth (within 1% of the panel)...
      const toMouth = { x: mouth.x - middle.x, y: mouth.y - middle.y };
      const length = Math.hypot(toMouth.x, toMouth.y);
      const across = Math.abs(toMouth.x * (tail.y - middle.y) - toMouth.y * (tail.x - middle.x)) / length;
      expect(across, `${where} aims at the mouth`).toBeLessThan(0.01);
      // ...outside the face box but within 4% of it...
      const inFace = tail.x > face.x && tail.x < face.x + face.w && tail.y > face.y && tail.y < face.y + face.h;
      expect(inFace, `${where} stops before the face`).toBe(false);
      const gap = Math.hypot(Math.max(face.x - tail.x, 0, tail.x - face.x - face.w), Math.max(face.y - tail.y, 0, tail.y - face.y - face.h));
      expect(gap, `${where} stops near the face`).toBeLessThan(0.04);
      // ...and outside every balloon of the panel, so the reader draws it.
      for (const other of panel.balloons) {
        const b = other.box;
        expect(tail.x > b.x && tail.x < b.x + b.w && tail.y > b.y && tail.y < b.y + b.h, `${where} tail inside ${other.id}`).toBe(false);
      }
    }
  });
});
