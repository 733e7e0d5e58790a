/**
 * i18next for the whole app. UI strings live in locales/*.json (namespace "ui"); stories and lessons add their
 * own namespaces when loaded. Keys are flat (no nesting, no namespace prefix in keys), and story text is
 * never interpreted as HTML: React escapes it, so escaping here is off.
 * Only the source language's words come with the app: they are every other language's fallback and a first visit's
 * words. The others are loaded when a reader uses them (issue 21: the entry carried all three), and the service
 * worker stores them with the app, so every language still works offline.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setInterfaceWordsLoader } from '../ui/languages';
import id from './locales/id.json';

type Words = Record<string, string>;
const OTHER_WORDS: Record<string, () => Promise<{ default: Words }>> = {
  en: () => import('./locales/en.json'),
  // A draft awaiting a native reader (its _meta keys say so; README, Languages).
  jv: () => import('./locales/jv.json'),
};
const loading = new Map<string, Promise<void>>();
let wanted = '';

export const SOURCE_LANGUAGE = 'id';
setInterfaceWordsLoader(loadWords);
export function initI18n(language: string): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: SOURCE_LANGUAGE,
      ns: ['ui'],
      defaultNS: 'ui',
      resources: { [SOURCE_LANGUAGE]: { ui: id } },
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      react: { useSuspense: false },
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  return i18next;
}

/**
 * Switches the app's words to `language` once they are loaded: until then the screen keeps the words it shows (no
 * keys, no half-translated screen). Settles when they are in use; a language whose words fail to load (offline before
 * the service worker stored them) stays on the words shown, and is tried again next time.
 */
export async function switchLanguage(language: string): Promise<typeof i18next> {
  const instance = initI18n(i18next.isInitialized ? i18next.language : SOURCE_LANGUAGE);
  wanted = language;
  await loadWords(language);
  // A switch made since (Javanese, still loading, then English) has the last word.
  if (wanted === language && instance.language !== language) await instance.changeLanguage(language);
  return instance;
}

function loadWords(language: string): Promise<void> {
  const base = language.split('-')[0]!;
  const load = OTHER_WORDS[base];
  if (!load) return Promise.resolve();
  let loaded = loading.get(base);
  if (!loaded) {
    loaded = load().then(
      (words) => void i18next.addResourceBundle(base, 'ui', words.default, true, false),
      (error: unknown) => {
        loading.delete(base);
        throw error;
      },
    );
    loading.set(base, loaded);
  }
  return loaded;
}

/**
 * Which way the app's own words run: as the interface file in use says ("_meta.direction": "rtl"), else left to
 * right (every interface language the app has). A language without one shows the source's words, left to right. A
 * story's text runs as its translation file says (content/text.ts, namespaceDirection).
 */
export function interfaceDirection(i18n: typeof i18next): 'ltr' | 'rtl' {
  const words = i18n.getResourceBundle(i18n.resolvedLanguage ?? SOURCE_LANGUAGE, 'ui') as Record<string, string> | undefined;
  return words?.['_meta.direction'] === 'rtl' ? 'rtl' : 'ltr';
}
