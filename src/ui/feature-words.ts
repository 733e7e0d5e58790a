/**
 * A feature's own words (the Studio's, Print's, listen mode's, stories on this phone), added to the app's strings when
 * that feature's code loads: the readers' first download does not carry every feature's vocabulary. The i18next
 * instance is handed in (a type import only), so i18next stays in the first chunk.
 */
import type { i18n } from 'i18next';

/** Adds them now, or as soon as i18next is set up (the feature's code may arrive first). */
export function addFeatureWords(i18next: i18n, byLanguage: Readonly<Record<string, object>>): void {
  const add = () => {
    for (const [language, words] of Object.entries(byLanguage)) i18next.addResourceBundle(language, 'ui', words, true, false);
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
