/** The narration's words in the room and the presenter window, added with the present screen's code (not in the first download). */
import { useTranslation } from 'react-i18next';
import { addFeatureWords } from '../../ui/feature-words';
import en from './locales/en.json';
import id from './locales/id.json';
// A draft awaiting a native reader, as src/app/locales/jv.json.
import jv from './locales/jv.json';

export function useNarrationWords() {
  const { t, i18n } = useTranslation();
  if (!i18n.exists('narration.title', { lng: 'id' })) addFeatureWords(i18n, { id, en, jv });
  return t;
}
