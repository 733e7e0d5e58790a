/** Languages offered in settings. Javanese has story text (a draft) but its interface falls back to Indonesian. */
export const LANGUAGES = [
  { code: 'id', name: 'Bahasa Indonesia', draft: false },
  { code: 'en', name: 'English', draft: false },
  { code: 'jv', name: 'Basa Jawa', draft: true },
] as const;

export function languageName(code: string): string {
  return LANGUAGES.find((language) => language.code === code)?.name ?? code;
}
