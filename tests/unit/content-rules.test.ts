/**
 * Rules of the project's content review (docs/content-checklist.md) that a machine can hold, over the bundled
 * stories and lessons in every language: lesson messages short enough to repeat, and bad endings that show help
 * is still possible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineWords } from '../../src/story/number-runs';
import type { LessonCatalog, Story, Translation } from '../../src/story/schema';
import { lessonKeys, storyKeys } from '../../src/story/strings';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../../stories/${path}`, import.meta.url), 'utf8')) as T;
const translations = (folder: string): Translation[] =>
  readdirSync(new URL(`../../stories/${folder}/i18n/`, import.meta.url)).map((name) => read<Translation>(`${folder}/i18n/${name}`));
const storyIds = readdirSync(new URL('../../stories/', import.meta.url)).filter((name) => name !== 'lessons');

describe('lesson messages', () => {
  const catalog = read<LessonCatalog>('lessons/lessons.json');

  it('are at most 15 words in every language, a phone number counting as one', () => {
    const messages = catalog.lessons.flatMap((lesson) => [
      { where: `id ${lesson.id}`, text: lesson.message },
      ...translations('lessons').map((translation) => ({
        where: `${translation.language} ${lesson.id}`,
        text: translation.strings[lessonKeys.message(lesson.id)]?.text ?? '',
      })),
    ]);
    const long = messages
      .filter((message) => lineWords(message.text).length > 15)
      .map((message) => `${message.where}: ${lineWords(message.text).length} words`);
    expect(long).toEqual([]);
  });

  it('name the OTP code where they warn about lending a bank account', () => {
    const safeMoney = catalog.lessons.find((lesson) => lesson.id === 'safe-money')!;
    expect(safeMoney.message).toContain('kode OTP');
    for (const translation of translations('lessons')) expect(translation.strings[lessonKeys.message('safe-money')]?.text).toContain('OTP');
  });
});

describe('bad endings', () => {
  it.each(storyIds)('of %s say it is not too late, in every language', (storyId) => {
    const story = read<Story>(`${storyId}/story.json`);
    const bad = story.endings.filter((ending) => ending.kind === 'bad');
    expect(bad.length).toBeGreaterThan(0);
    for (const ending of bad) {
      expect(ending.text, ending.id).toMatch(/belum terlambat/i);
      for (const translation of translations(storyId)) {
        const text = translation.strings[storyKeys.endingText(ending.id)]?.text ?? '';
        expect(text, `${translation.language} ${ending.id}`).toMatch(translation.language === 'en' ? /not too late/i : /durung telat|durung kasep/i);
      }
    }
  });
});
