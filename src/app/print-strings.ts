/**
 * The Print screen's words (locales/print/*.json), added to the app's strings when the Print screen's code loads, as
 * the Studio's are (studio-strings.ts): the readers' first download does not grow with an organiser's vocabulary.
 */
import type { i18n } from 'i18next';
import { addFeatureWords } from '../ui/feature-words';
import en from './locales/print/en.json';
import id from './locales/print/id.json';
// A draft awaiting a native reader, as locales/jv.json.
import jv from './locales/print/jv.json';

/** Adds them now, or as soon as i18next is set up (the Print screen's code may arrive first). */
export function addPrintStrings(i18next: i18n): void {
  addFeatureWords(i18next, { id, en, jv });
}
