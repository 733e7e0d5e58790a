/** The QR screen's words and its buttons' (present, settings), added when a screen that offers it loads. */
import type { i18n } from 'i18next';
import { addFeatureWords } from '../feature-words';
import en from './locales/en.json';
import id from './locales/id.json';
// A draft awaiting a native reader, as the app's own jv.json.
import jv from './locales/jv.json';

export function addAppQrWords(i18next: i18n): void {
  addFeatureWords(i18next, { id, en, jv });
}
