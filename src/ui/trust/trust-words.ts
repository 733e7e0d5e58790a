/** The words about who vouches for a story on this phone, added when that code loads (as the library's phone words). */
import type { i18n } from 'i18next';
import { addFeatureWords } from '../feature-words';
import en from './locales/en.json';
import id from './locales/id.json';
// A draft awaiting a native reader, as the app's own jv.json.
import jv from './locales/jv.json';

export function addTrustWords(i18next: i18n): void {
  addFeatureWords(i18next, { id, en, jv });
}
