/**
 * The settings screen's words for what is stored on the phone and for moving one's progress (locales/settings/*.json),
 * added when that screen's code loads, as Print's are (print-strings.ts): they are not on a reader's first screen.
 */
import type { i18n } from 'i18next';
import { addFeatureWords } from '../ui/feature-words';
import en from './locales/settings/en.json';
import id from './locales/settings/id.json';
// A draft awaiting a native reader, as locales/jv.json.
import jv from './locales/settings/jv.json';

/** Adds them now, or as soon as i18next is set up (the screen's code may arrive first). */
export function addSettingsStrings(i18next: i18n): void {
  addFeatureWords(i18next, { id, en, jv });
}
