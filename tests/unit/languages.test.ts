/** The app's own words in every language it offers, and the language a first start picks from the phone. */
import { describe, expect, it } from 'vitest';
import en from '../../src/app/locales/en.json';
import id from '../../src/app/locales/id.json';
import jv from '../../src/app/locales/jv.json';
import listenEn from '../../src/comic/listen/locales/en.json';
import listenId from '../../src/comic/listen/locales/id.json';
import listenJv from '../../src/comic/listen/locales/jv.json';
import narrationEn from '../../src/present/narration/locales/en.json';
import narrationId from '../../src/present/narration/locales/id.json';
import narrationJv from '../../src/present/narration/locales/jv.json';
import printEn from '../../src/app/locales/print/en.json';
import printId from '../../src/app/locales/print/id.json';
import printJv from '../../src/app/locales/print/jv.json';
import presentEn from '../../src/app/locales/present/en.json';
import presentId from '../../src/app/locales/present/id.json';
import presentJv from '../../src/app/locales/present/jv.json';
import helpEn from '../../src/ui/help-locales/en.json';
import helpId from '../../src/ui/help-locales/id.json';
import helpJv from '../../src/ui/help-locales/jv.json';
import readerEn from '../../src/app/locales/reader/en.json';
import readerId from '../../src/app/locales/reader/id.json';
import readerJv from '../../src/app/locales/reader/jv.json';
import settingsEn from '../../src/app/locales/settings/en.json';
import settingsId from '../../src/app/locales/settings/id.json';
import settingsJv from '../../src/app/locales/settings/jv.json';
import studioEn from '../../src/app/locales/studio/en.json';
import studioId from '../../src/app/locales/studio/id.json';
import studioJv from '../../src/app/locales/studio/jv.json';
import { APP_LANGUAGES, pickLanguage } from '../../src/store/settings';
import { LANGUAGES } from '../../src/ui/languages';

const keys = (strings: Record<string, string>) => Object.keys(strings).filter((key) => !key.startsWith('_meta.'));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('interface strings', () => {
  // The Studio's words load with the Studio (src/app/studio-strings.ts), the Print screen's newer ones with it
  // (src/app/print-strings.ts), the show's, the settings' and the story map's with theirs (present-, settings-, reader-strings.ts): held to the same rules.
  const files = [
    ['en', en, id],
    ['jv', jv, id],
    ['studio en', studioEn, studioId],
    ['studio jv', studioJv, studioId],
    ['print en', printEn, printId],
    ['print jv', printJv, printId],
    ['present en', presentEn, presentId],
    ['present jv', presentJv, presentId],
    ['help en', helpEn, helpId],
    ['help jv', helpJv, helpId],
    ['reader en', readerEn, readerId],
    ['reader jv', readerJv, readerId],
    ['settings en', settingsEn, settingsId],
    ['settings jv', settingsJv, settingsId],
    ['listen en', listenEn, listenId],
    ['listen jv', listenJv, listenId],
    ['narration en', narrationEn, narrationId],
    ['narration jv', narrationJv, narrationId],
  ] as const;

  it.each(files)('%s has every key of the Indonesian source, and no other', (_code, strings, source) => {
    expect(keys(strings).sort()).toEqual(keys(source).sort());
  });

  it.each(files)('%s keeps every placeholder of the source string', (_code, strings, source) => {
    const table = strings as Record<string, string>;
    const differ = keys(source).filter(
      (key) => JSON.stringify(placeholders(table[key] ?? '')) !== JSON.stringify(placeholders((source as Record<string, string>)[key]!)),
    );
    expect(differ).toEqual([]);
  });

  it('Javanese is marked a draft, in its file and in the settings', () => {
    expect(jv['_meta.status']).toBe('draft');
    expect(studioJv['_meta.status']).toBe('draft');
    expect(printJv['_meta.status']).toBe('draft');
    expect(listenJv['_meta.status']).toBe('draft');
    expect(narrationJv['_meta.status']).toBe('draft');
    expect(presentJv['_meta.status']).toBe('draft');
    expect(settingsJv['_meta.status']).toBe('draft');
    expect(readerJv['_meta.status']).toBe('draft');
    expect(helpJv['_meta.status']).toBe('draft');
    expect(LANGUAGES.find((language) => language.code === 'jv')?.draft).toBe(true);
  });

  it('offers in settings exactly the languages the app has words for', () => {
    expect(LANGUAGES.map((language) => language.code)).toEqual([...APP_LANGUAGES]);
  });
});

describe('the language of a first start', () => {
  it.each([
    [['jv-ID', 'id-ID'], 'jv'],
    [['en-US', 'en'], 'en'],
    [['id-ID'], 'id'],
    [['ms-MY', 'EN-gb'], 'en'],
    [['in-ID', 'en'], 'id'],
    [['fr-FR', 'de'], 'id'],
    [[], 'id'],
  ])('phone languages %j give %s', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });
});
