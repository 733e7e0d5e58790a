/** Which way text runs: a story's as its translation file says (`direction`), the app's own words as their file says. */
import { afterAll, describe, expect, it } from 'vitest';
import { initI18n, interfaceDirection, SOURCE_LANGUAGE } from '../../src/app/i18n';
import { namespaceDirection, registerStory, storyNamespace } from '../../src/content/text';
import type { Translation } from '../../src/story/schema';
import { bundledStory } from '../fixtures/bundled-story';

const translation = (language: string, direction?: 'ltr' | 'rtl'): Translation => ({
  schemaVersion: 1,
  language,
  ...(direction ? { direction } : {}),
  strings: { title: { text: `title in ${language}`, source: '00000000' } },
});

// A story of its own, so the registration meets no other test's.
const story = { ...bundledStory('sample'), id: 'direction-test' };
const namespace = storyNamespace(story.id);
const i18n = initI18n(SOURCE_LANGUAGE);
registerStory(story, [translation('ar', 'rtl'), translation('en'), translation('fa', 'ltr')]);

const inLanguage = async (language: string) => {
  await i18n.changeLanguage(language);
  return { story: namespaceDirection(i18n, namespace), words: interfaceDirection(i18n) };
};

afterAll(() => i18n.changeLanguage(SOURCE_LANGUAGE));

describe('the direction of a story’s text', () => {
  it('is right to left where its translation file says so, and the app’s words stay left to right', async () => {
    expect(await inLanguage('ar')).toEqual({ story: 'rtl', words: 'ltr' });
    expect(await inLanguage('ar-EG')).toEqual({ story: 'rtl', words: 'ltr' });
  });

  it('is left to right where the translation says nothing or says so, whatever the language usually is', async () => {
    expect(await inLanguage('en')).toEqual({ story: 'ltr', words: 'ltr' });
    expect(await inLanguage('fa')).toEqual({ story: 'ltr', words: 'ltr' });
  });

  it('is the source’s, left to right, in a language the story has no translation into', async () => {
    expect(await inLanguage('he')).toEqual({ story: 'ltr', words: 'ltr' });
    expect(await inLanguage('id')).toEqual({ story: 'ltr', words: 'ltr' });
  });
});

describe('the direction of the app’s own words', () => {
  it('follows the interface file in use', async () => {
    i18n.addResourceBundle('ur', 'ui', { '_meta.direction': 'rtl', 'app.loading': 'لوڈ ہو رہا ہے' });
    expect((await inLanguage('ur')).words).toBe('rtl');
    expect((await inLanguage('jv')).words).toBe('ltr');
  });
});
