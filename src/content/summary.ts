/**
 * What the library shows of a story before any story is loaded: title and summary in every language, cover,
 * length, languages, endings, and whether it opens at all. Made at build time from the files (the checker's
 * own rules, story-bundle.ts), so the library paints its list at once; the story itself loads when opened.
 */
// Made by summarize.ts (at build time, and for stories received as files): not in the first script (issue 21).

export type StorySummary =
  | {
      ok: true;
      id: string;
      file: string;
      language: string;
      /** Title and summary by language: the source language and each translation that has them. */
      title: Record<string, string>;
      summary: Record<string, string>;
      cover: string;
      /** The picture of the story's first panel: fetched early when a reader opens the story from the start. */
      firstArt: string | null;
      panels: number;
      endings: number;
      languages: string[];
    }
  | { ok: false; id: string; file: string };

/** A summary's text in a language, or in the story's own language when it has no translation. */
export function summaryText(texts: Record<string, string>, language: string, sourceLanguage: string): string {
  return texts[language] ?? texts[language.split('-')[0]!] ?? texts[sourceLanguage] ?? '';
}
