/**
 * The Studio's own words (locales/studio/*.json), added to the app's strings when the Studio's code loads: the
 * readers' first download does not carry an editor's vocabulary. The i18next instance is handed in (a type import
 * only), so i18next stays in the first chunk instead of being split out to share with this one.
 */
import type { i18n } from 'i18next';
import { addFeatureWords } from '../ui/feature-words';
import en from './locales/studio/en.json';
import id from './locales/studio/id.json';
// A draft awaiting a native reader, as locales/jv.json.
import jv from './locales/studio/jv.json';

/** Adds them now, or as soon as i18next is set up (the Studio's code may arrive first). */
export function addStudioStrings(i18next: i18n): void {
  addFeatureWords(i18next, { id, en, jv });
}
