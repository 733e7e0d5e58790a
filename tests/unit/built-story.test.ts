/**
 * The app's own stories, their translations and the lessons catalog are read without their schema when they open
 * (loadBuiltStory, loadBuiltTranslation, loadBuiltCatalog: the build validated the same bytes). These hold each read
 * equal to the full one, and keep what the build did not pass on the full read.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passedAtBuild } from '../../src/content/load-story';
import { readStoryBundle } from '../../src/content/story-bundle';
import { summarizeStory } from '../../src/content/summarize';
import { loadBuiltCatalog, loadBuiltStory, loadBuiltTranslation, loadCatalog, loadStory, loadTranslation } from '../../src/story/load';
import { lessonsPass } from '../../tools/vite-story-summaries';
import { bundledStoryIds } from '../fixtures/bundled-story';

const STORIES = join(import.meta.dirname, '..', '..', 'stories');
const storyText = (id: string) => readFileSync(join(STORIES, id, 'story.json'), 'utf8');
const translationFiles = (folder: string) => readdirSync(join(STORIES, folder, 'i18n')).filter((name) => name.endsWith('.json'));

describe('a bundled story read as the build checked it', () => {
  it.each(bundledStoryIds())('%s: the same story as the schema reads it', (id) => {
    const full = loadStory(storyText(id), 'story.json');
    const built = loadBuiltStory(storyText(id), 'story.json');
    expect(full.ok && built.ok).toBe(true);
    if (full.ok && built.ok) expect(built.value).toStrictEqual(full.value);
  });

  it('gives every level of a condition its kind, as the schema does', () => {
    const story = JSON.parse(storyText('sample')) as { scenes: { then: { kind: string; choices?: { condition?: unknown }[] } }[] };
    const choice = story.scenes.find((scene) => scene.then.kind === 'choices')!.then.choices![0]!;
    choice.condition = { all: [{ flag: 'a' }, { not: { visited: 'b' } }, { any: [{ learned: 'c' }, { kind: 'flag', flag: 'd' }] }] };
    const text = JSON.stringify(story);
    const full = loadStory(text, 'story.json');
    const built = loadBuiltStory(text, 'story.json');
    expect(full.ok).toBe(true);
    expect(built).toStrictEqual(full);
  });

  it('tells a file that is not JSON, never throws', () => {
    const built = loadBuiltStory(storyText('sample').slice(0, 500), 'story.json');
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.problems[0]).toMatchObject({ code: 'not-json', file: 'story.json' });
  });

  it('a story the build did not pass is not marked as passed, so the reader validates and checks it in full', () => {
    const broken = storyText('sample').replace('"schemaVersion": 1', '"schemaVersion": 99');
    expect(broken).not.toBe(storyText('sample'));
    const load = readStoryBundle({ file: 'stories/sample/story.json', text: broken }, [], { folder: 'sample' });
    expect(load.ok).toBe(false);
    expect(summarizeStory('sample', load).ok).toBe(false);
  });
});

describe('translations and the lessons catalog read as the build checked them', () => {
  it.each([...bundledStoryIds(), 'lessons'])('%s: each translation the same as the schema reads it', (folder) => {
    for (const name of translationFiles(folder)) {
      const text = readFileSync(join(STORIES, folder, 'i18n', name), 'utf8');
      const full = loadTranslation(text, name);
      expect(full.ok).toBe(true);
      expect(loadBuiltTranslation(text, name)).toStrictEqual(full);
    }
  });

  it('the lessons catalog the same as the schema reads it, and the build passes it with its translations', () => {
    const text = readFileSync(join(STORIES, 'lessons', 'lessons.json'), 'utf8');
    const full = loadCatalog(text, 'lessons.json');
    expect(full.ok).toBe(true);
    expect(loadBuiltCatalog(text, 'lessons.json')).toStrictEqual(full);
    expect(lessonsPass(join(STORIES, 'lessons'))).toBe(true);
  });

  it('a broken lessons translation makes the build pass none of them, so the app validates each and tells it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'komik-saku-lessons-'));
    try {
      cpSync(join(STORIES, 'lessons'), copy, { recursive: true });
      const file = join(copy, 'i18n', translationFiles('lessons')[0]!);
      writeFileSync(file, readFileSync(file, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 99'));
      expect(lessonsPass(copy)).toBe(false);
      writeFileSync(join(copy, 'lessons.json'), '{ "lessons": [');
      expect(lessonsPass(copy)).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('a story’s translations are trusted only when the build passed every one of its translation files', () => {
    const summary = {
      ok: true as const,
      id: 'sari',
      file: 'stories/sari/story.json',
      language: 'id',
      title: {},
      summary: {},
      cover: 'cover.svg',
      firstArt: null,
      panels: 1,
      endings: 1,
    };
    expect(passedAtBuild({ ...summary, languages: ['id', 'en', 'jv'] }, 2)).toEqual({ built: true, translationsBuilt: true });
    // jv.json failed at the build: its language is not in the summary, so both files are validated when read.
    expect(passedAtBuild({ ...summary, languages: ['id', 'en'] }, 2)).toEqual({ built: true, translationsBuilt: false });
    expect(passedAtBuild({ ok: false, id: 'sari', file: 'stories/sari/story.json' }, 2)).toEqual({ built: false, translationsBuilt: false });
    expect(passedAtBuild(undefined, 0)).toEqual({ built: false, translationsBuilt: false });
  });

  it('a translation read untrusted still tells its problem; one the build passed is read as JSON only', () => {
    const broken = { file: 'stories/sample/i18n/xx.json', text: JSON.stringify({ schemaVersion: 99, language: 'en', strings: {} }) };
    const untrusted = readStoryBundle({ file: 'stories/sample/story.json', text: storyText('sample') }, [broken], { folder: 'sample', built: true });
    expect(untrusted.ok && untrusted.value.warnings.map((problem) => problem.file)).toEqual(['stories/sample/i18n/xx.json']);
    const notJson = readStoryBundle({ file: 'stories/sample/story.json', text: storyText('sample') }, [{ ...broken, text: '{' }], {
      folder: 'sample',
      built: true,
      translationsBuilt: true,
    });
    expect(notJson.ok && notJson.value.warnings[0]).toMatchObject({ code: 'not-json', file: 'stories/sample/i18n/xx.json' });
  });
});
