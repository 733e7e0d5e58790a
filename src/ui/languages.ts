/** Languages offered in settings. Javanese (story text and the app's own words) is a draft awaiting a native reader. */
export const LANGUAGES = [
  { code: 'id', name: 'Bahasa Indonesia', short: 'Indonesia', draft: false },
  { code: 'en', name: 'English', short: 'English', draft: false },
  { code: 'jv', name: 'Basa Jawa', short: 'Jawa', draft: true },
] as const;

export function languageName(code: string): string {
  return LANGUAGES.find((language) => language.code === code)?.name ?? code;
}

/** The short name a story card lists ("Indonesia · English · Jawa"). */
export function languageShortName(code: string): string {
  return LANGUAGES.find((language) => language.code === code)?.short ?? code;
}

/** Whether a story with these languages has text in the reader's language (a regional variant counts: "jv-ID" → jv). */
export function hasLanguage(languages: readonly string[], language: string): boolean {
  const base = language.toLowerCase().split('-')[0]!;
  return languages.some((code) => code.toLowerCase().split('-')[0] === base);
}

/**
 * The app's own words in a language other than the source are loaded when first used (src/app/i18n.ts says how):
 * a screen that shows another language than the app's (Print's "print in") asks for them here.
 */
let interfaceWords: (language: string) => Promise<void> = () => Promise.resolve();

export function setInterfaceWordsLoader(load: (language: string) => Promise<void>): void {
  interfaceWords = load;
}

export function loadInterfaceWords(language: string): Promise<void> {
  return interfaceWords(language);
}
