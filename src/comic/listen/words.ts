/**
 * Listen mode's words (the reader's controls and the room's narration) join the app's with the code that uses them,
 * not in the first download. Added before the first word is looked up; adding them again changes nothing.
 */
import { useTranslation } from 'react-i18next';
import { addFeatureWords } from '../../ui/feature-words';
import en from './locales/en.json';
import id from './locales/id.json';
// A draft awaiting a native reader, as src/app/locales/jv.json.
import jv from './locales/jv.json';

export function useListenWords() {
  const { t, i18n } = useTranslation();
  if (!i18n.hasResourceBundle('id', 'ui') || !i18n.exists('listen.open', { lng: 'id' })) addFeatureWords(i18n, { id, en, jv });
  return t;
}
