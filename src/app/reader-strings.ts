/**
 * The reader's story map's words (locales/reader/*.json), added when the reader's code loads, as Print's are
 * (print-strings.ts): the library's first script does not carry them (issue 21).
 */
import type { i18n } from 'i18next';
import { addFeatureWords } from '../ui/feature-words';
import en from './locales/reader/en.json';
import id from './locales/reader/id.json';
// A draft awaiting a native reader, as locales/jv.json.
import jv from './locales/reader/jv.json';

/** Adds them now, or as soon as i18next is set up (the reader's code may arrive first). */
export function addReaderStrings(i18next: i18n): void {
  addFeatureWords(i18next, { id, en, jv });
}
