/**
 * The facilitator's show's words (locales/present/*.json), added to the app's strings when the show's code loads, as
 * Print's are (print-strings.ts): a reader's first download does not carry a facilitator's vocabulary (issue 21).
 */
import type { i18n } from 'i18next';
import { addFeatureWords } from '../ui/feature-words';
import en from './locales/present/en.json';
import id from './locales/present/id.json';
// A draft awaiting a native reader, as locales/jv.json.
import jv from './locales/present/jv.json';

/** Adds them now, or as soon as i18next is set up (the show's code may arrive first). */
export function addPresentStrings(i18next: i18n): void {
  addFeatureWords(i18next, { id, en, jv });
}
