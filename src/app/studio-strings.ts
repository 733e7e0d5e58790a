/**
 * The Studio's own words (locales/studio/*.json), added to the app's strings when the Studio's code loads: the
 * readers' first download does not carry an editor's vocabulary.
 */
import i18next from 'i18next';
import en from './locales/studio/en.json';
import id from './locales/studio/id.json';
// A draft awaiting a native reader, as locales/jv.json.
import jv from './locales/studio/jv.json';

export function addStudioStrings(): void {
  for (const [language, strings] of Object.entries({ id, en, jv })) i18next.addResourceBundle(language, 'ui', strings, true, false);
}
