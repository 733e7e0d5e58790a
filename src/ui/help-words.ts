/**
 * The helplines' words (the help screen, the end of a session on the wall, the printed booklet's back page) join the
 * app's with the code that shows them, not in the first script (issue 21), as listen mode's do. Added when a component
 * that shows them first renders, before its first word is looked up (as share-helplines.tsx adds its own); adding them
 * again changes nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addFeatureWords } from './feature-words';
import en from './help-locales/en.json';
import id from './help-locales/id.json';
// A draft awaiting a native reader, as src/app/locales/jv.json.
import jv from './help-locales/jv.json';

export function useHelpWords() {
  const { t, i18n } = useTranslation();
  useState(() => addFeatureWords(i18n, { id, en, jv }));
  return t;
}
