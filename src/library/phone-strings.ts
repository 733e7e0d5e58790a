/**
 * The words of stories on this phone (received, refused, removed), added to the app's strings when that code loads:
 * a phone that never receives a pack does not download them (the first screen carries only "Buka file cerita").
 * Kept beside the feature because the library may not import the app's folder; the same shape as the Studio's.
 */
import type { i18n } from 'i18next';
import { addFeatureWords } from '../ui/feature-words';
import en from './locales/en.json';
import id from './locales/id.json';
// A draft awaiting a native reader, as the app's own jv.json.
import jv from './locales/jv.json';

/** The i18next instance is handed in (a type import only), so i18next stays in the first chunk, as studio-strings.ts does. */
export function addPhoneStrings(i18next: i18n): void {
  addFeatureWords(i18next, { id, en, jv });
}
