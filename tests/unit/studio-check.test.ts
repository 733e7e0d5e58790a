/** The live check speaks in the story's terms: each problem placed by scene title, page, panel, balloon or choice, with what to select. */
import { readFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../src/app/locales/studio/en.json';
import { placeWords, problemWords } from '../../src/studio/check/check-panel';
import { checkDraft, storyFileOf } from '../../src/studio/check/live-check';
import { pathSegments, placeOf } from '../../src/studio/check/place';
import { starterTextProblems } from '../../src/studio/check/starter-text';
import { addBalloon } from '../../src/studio/edit/balloons';
import { addChoice } from '../../src/studio/edit/choices';
import { newStory } from '../../src/studio/edit/new-story';
import { addPage } from '../../src/studio/edit/pages';
import { addScene } from '../../src/studio/edit/scenes';
import { sourceHash } from '../../src/story/hash';
import { loadStory } from '../../src/story/load';
import type { Story, Translation } from '../../src/story/schema';

/** The English strings with their placeholders filled, as i18next does. */
const t = ((key: string, values: Record<string, unknown> = {}) =>
  ((en as Record<string, string>)[key] ?? String(values.defaultValue ?? key)).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values[name]),
  )) as unknown as TFunction;

const base = newStory(
  { title: 'Di Pelabuhan', language: 'id', characters: ['Rina'] },
  { summary: 'Ringkasan.', sceneTitle: 'Awal', description: 'Rina di dermaga pagi hari.', endingTitle: 'Tamat', endingText: 'Rina pulang.' },
);
/** Two scenes; the second ("Di warung") has two pages, a balloon on the second page's first panel left empty. */
const story: Story = addChoice(
  addBalloon(
    addBalloon(addPage(addScene(base, 'Di warung', 'Warung kopi di dekat pelabuhan.'), 'di-warung', 2, 'Dua orang minum kopi di warung.'), 'di-warung-2-1'),
    'di-warung-2-1',
  ),
  'awal',
);

describe('a problem placed in words', () => {
  const file = storyFileOf(story);
  const problems = checkDraft(story, []);
  const described = problems.map((problem) => placeWords(t, placeOf(story, file, problem)));

  it('names the scene by its title and counts pages, panels, balloons and choices from 1', () => {
    expect(described).toEqual([
      'Scene “Awal”, choice 1 (text)',
      'Scene “Di warung”, page 2, panel 1, balloon 1 (text)',
      'Scene “Di warung”, page 2, panel 1, balloon 2 (text)',
    ]);
    expect(described.join(' ')).not.toContain('$');
  });

  it('selects the balloon or choice the problem is about', () => {
    expect(problems.map((problem) => placeOf(story, file, problem).selection)).toEqual([
      { sceneId: 'awal', choiceId: 'awal-pilihan' },
      { sceneId: 'di-warung', panelId: 'di-warung-2-1', balloonId: 'b1' },
      { sceneId: 'di-warung', panelId: 'di-warung-2-1', balloonId: 'b2' },
    ]);
  });

  it("a translation's problem is placed where its source string is, with its language", () => {
    const translation: Translation = {
      schemaVersion: 1,
      language: 'en',
      strings: { 'scene.di-warung.title': { text: 'At the stall', source: sourceHash('Something else') } },
    };
    const clean = addScene(base, 'Di warung', 'Warung kopi di dekat pelabuhan.');
    const stale = checkDraft(clean, [translation]).find((problem) => problem.code === 'stale-translation')!;
    expect(stale.file).toBe('stories/di-pelabuhan/i18n/en.json');
    const place = placeOf(clean, file, stale);
    expect(placeWords(t, place)).toBe('Translation (en), Scene “Di warung” (title)');
    expect(place.selection).toEqual({ sceneId: 'di-warung', translation: { language: 'en', key: 'scene.di-warung.title' } });
  });

  it('reads back every path the checker writes', () => {
    expect(pathSegments('$.scenes[2].then.choices[0].target')).toEqual(['scenes', 2, 'then', 'choices', 0, 'target']);
    expect(pathSegments('$.strings["panel.p1.balloon.b2"].text')).toEqual(['strings', 'panel.p1.balloon.b2', 'text']);
  });
});

describe("the live check is story:check's rules", () => {
  it('finds nothing in a bundled story, and a broken target in the same words', () => {
    const parsed = loadStory(readFileSync('stories/sample/story.json', 'utf8'), 'stories/sample/story.json');
    if (!parsed.ok) throw new Error('the sample must load');
    expect(checkDraft(parsed.value, []).filter((problem) => problem.severity === 'error')).toEqual([]);
    const broken: Story = { ...parsed.value, start: 'nowhere' };
    expect(checkDraft(broken, []).map((problem) => [problem.code, problem.path])).toContainEqual(['broken-target', '$.start']);
  });
});

describe("the problem in the author's words", () => {
  /** A story with a problem of each kind an author meets while writing. */
  function troubled(): { story: Story; translations: Translation[] } {
    const parsed = loadStory(readFileSync('stories/sample/story.json', 'utf8'), 'stories/sample/story.json');
    if (!parsed.ok) throw new Error('the sample must load');
    const story = structuredClone(parsed.value);
    const scene = story.scenes[0]!;
    const balloon = scene.pages[0]!.panels[0]!.balloons[0]!;
    balloon.text = 'Panjang sekali. '.repeat(25);
    balloon.speaker = 'nobody';
    if (scene.then.kind === 'choices') {
      scene.then.choices[0]!.target = 'nowhere';
      scene.then.choices[1]!.condition = { kind: 'flag', flag: 'never-made' };
    }
    story.flags = [...(story.flags ?? []), { id: 'unused-marker' }];
    const translation: Translation = {
      schemaVersion: 1,
      language: 'en',
      strings: { [`scene.${scene.id}.title`]: { text: 'Old', source: sourceHash('Older') } },
    };
    return { story, translations: [translation] };
  }

  it('has words for every problem in Indonesian, English and Javanese, with its particulars and no commands', async () => {
    const i18n = (await import('i18next')).createInstance();
    const resources = Object.fromEntries(
      ['id', 'en', 'jv'].map((language) => [language, { translation: JSON.parse(readFileSync(`src/app/locales/studio/${language}.json`, 'utf8')) as object }]),
    );
    await i18n.init({ resources, lng: 'id', keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
    const { story, translations } = troubled();
    const empty = structuredClone(story);
    empty.scenes[0]!.title = '';
    const problems = [...checkDraft(story, translations), ...checkDraft(empty, [])];
    expect(new Set(problems.map((problem) => problem.code))).toEqual(
      new Set(['schema', 'broken-target', 'unknown-flag', 'unknown-speaker', 'text-too-long', 'unused-flag', 'stale-translation', 'missing-translation']),
    );
    for (const language of ['id', 'en', 'jv']) {
      const words = problems.map((problem) => problemWords(i18n.getFixedT(language), problem));
      words.forEach((text, index) => {
        expect(text, `${language} ${problems[index]!.code}`).not.toBe(problems[index]!.message);
        expect(text).not.toMatch(/npm run|\$\.|\{\{/);
      });
    }
    const id = i18n.getFixedT('id');
    const words = (code: string) => problems.filter((problem) => problem.code === code).map((problem) => problemWords(id, problem));
    expect(words('schema')).toEqual(['Masih kosong: tulis sesuatu di sini.']);
    expect(words('broken-target')).toEqual(['Pilihan ini menuju adegan “nowhere”, yang tidak ada.']);
    expect(words('stale-translation')[0]).toContain('pilih “Terjemahan masih benar”');
    expect(words('text-too-long')[0]).toMatch(/^Teksnya butuh sekitar \d+ baris di HP, tetapi balonnya hanya muat \d+/);
  });
});

describe('the words a new story starts with', () => {
  const wordsIn = (language: string) => JSON.parse(readFileSync(`src/app/locales/studio/${language}.json`, 'utf8')) as Record<string, string>;
  /** The Studio's starter words in each language it speaks, as the live check is given them. */
  const starters = ['id', 'en', 'jv'].map(wordsIn).map((words) => ({
    summary: words['studio.starter.summary']!,
    description: words['studio.starter.description']!,
    endingText: words['studio.starter.ending-text']!,
  }));
  const starterProblems = (story: Story) => starterTextProblems(story, storyFileOf(story), starters);
  /** A story started in the Studio in `language`, with the starter words the Studio gives it in that language. */
  function started(language: 'id' | 'en' | 'jv'): Story {
    const words = wordsIn(language);
    return newStory(
      { title: 'Di Pelabuhan', language, characters: ['Rina'] },
      {
        summary: words['studio.starter.summary']!.replace('{{title}}', 'Di Pelabuhan'),
        sceneTitle: words['studio.starter.scene']!,
        description: words['studio.starter.description']!,
        endingTitle: words['studio.starter.ending-title']!,
        endingText: words['studio.starter.ending-text']!,
      },
    );
  }
  const starterPlaces = (story: Story) =>
    starterProblems(story).map((problem) => [problem.severity, placeWords(t, placeOf(story, storyFileOf(story), problem))]);

  it('are each named for the author to write, in every language the Studio speaks, however the title changed since', () => {
    for (const language of ['id', 'en', 'jv'] as const) {
      const story = { ...started(language), title: 'Surat dari Hong Kong' };
      expect(starterPlaces(story), language).toEqual([
        ['warning', 'summary'],
        ['warning', 'Scene “Awal”, page 1, panel 1 (description)'.replace('Awal', story.scenes[0]!.title!)],
        ['warning', `Ending “${story.endings[0]!.title}” (text)`],
      ]);
    }
  });

  it('are named on every new page, and no more once written', () => {
    const story = addPage(started('id'), 'awal', 1, 'Jelaskan apa yang terlihat di panel ini.');
    expect(starterPlaces(story)).toHaveLength(4);
    const written = structuredClone(story);
    written.summary = 'Rina ditawari kerja di kapal.';
    for (const page of written.scenes[0]!.pages) for (const panel of page.panels) panel.description = 'Rina berdiri di dermaga pagi hari.';
    written.endings[0]!.text = 'Rina pulang dengan selamat.';
    expect(starterPlaces(written)).toEqual([]);
  });

  it("are told in the author's words", async () => {
    const i18n = (await import('i18next')).createInstance();
    const resources = Object.fromEntries(
      ['id', 'en', 'jv'].map((language) => [language, { translation: JSON.parse(readFileSync(`src/app/locales/studio/${language}.json`, 'utf8')) as object }]),
    );
    await i18n.init({ resources, lng: 'id', keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
    const problems = starterProblems(started('id'));
    expect(problems.map((problem) => problemWords(i18n.getFixedT('id'), problem))).toEqual([
      'Ringkasan masih teks contoh: tulis dalam satu atau dua kalimat tentang apa cerita ini (terlihat di perpustakaan).',
      'Penjelasan ini masih teks contoh: tulis apa yang terlihat di gambar (pembaca layar membacakannya, dan pembaca melihatnya kalau gambar tidak ada).',
      'Akhir cerita ini masih teks contoh: ceritakan kepada pembaca bagaimana cerita berakhir.',
    ]);
    for (const language of ['en', 'jv']) for (const problem of problems) expect(problemWords(i18n.getFixedT(language), problem)).not.toBe(problem.message);
  });
});
