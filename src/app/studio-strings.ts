/**
 * The Studio's own words (locales/studio/*.json), added to the app's strings when the Studio's code loads: the
 * readers' first download does not carry an editor's vocabulary.
 */
import i18next from 'i18next';
import en from './locales/studio/en.json';
import id from './locales/studio/id.json';
// A draft awaiting a native reader, as locales/jv.json.
import jv from './locales/studio/jv.json';

function add(): void {
  for (const [language, strings] of Object.entries({ id, en, jv })) i18next.addResourceBundle(language, 'ui', strings, true, false);
}

/** Adds them now, or as soon as i18next is set up (the Studio's code may arrive first). */
export function addStudioStrings(): void {
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
