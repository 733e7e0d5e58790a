/**
 * i18next for the whole app. UI strings live in locales/*.json (namespace "ui"); stories and lessons add their
 * own namespaces when loaded. Keys are flat (no nesting, no namespace prefix in keys), and story text is
 * never interpreted as HTML: React escapes it, so escaping here is off.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';
// A draft awaiting a native reader (its _meta keys say so; README, Languages).
import jv from './locales/jv.json';

export const SOURCE_LANGUAGE = 'id';
export function initI18n(language: string): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: SOURCE_LANGUAGE,
      ns: ['ui'],
      defaultNS: 'ui',
      resources: { id: { ui: id }, en: { ui: en }, jv: { ui: jv } },
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
 * Which way the app's own words run: as the interface file in use says ("_meta.direction": "rtl"), else left to
 * right (every interface language the app has). A language without one shows the source's words, left to right. A
 * story's text runs as its translation file says (content/text.ts, namespaceDirection).
 */
export function interfaceDirection(i18n: typeof i18next): 'ltr' | 'rtl' {
  const words = i18n.getResourceBundle(i18n.resolvedLanguage ?? SOURCE_LANGUAGE, 'ui') as Record<string, string> | undefined;
  return words?.['_meta.direction'] === 'rtl' ? 'rtl' : 'ltr';
}
