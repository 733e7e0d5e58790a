/**
 * What the library shows of a story before any story is loaded: title and summary in every language, cover,
 * length, languages, endings, and whether it opens at all. Made at build time from the files (the checker's
 * own rules, story-bundle.ts), so the library paints its list at once; the story itself loads when opened.
 */
// Not through the engine's index: the library's summaries come with the first screen.
import { sceneById } from '../engine/place';
import { storyKeys, translatedText } from '../story/strings';
import type { StoryLoad } from './story-bundle';

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

export function summarizeStory(storyId: string, load: StoryLoad): StorySummary {
  if (!load.ok) return { ok: false, id: storyId, file: load.file };
  const { story, file, translations } = load.value;
  const title: Record<string, string> = { [story.language]: story.title };
  const summary: Record<string, string> = { [story.language]: story.summary };
  for (const translation of translations) {
    const translatedTitle = translatedText(translation, storyKeys.title());
    const translatedSummary = translatedText(translation, storyKeys.summary());
    if (translatedTitle) title[translation.language] = translatedTitle;
    if (translatedSummary) summary[translation.language] = translatedSummary;
  }
  return {
    ok: true,
    id: storyId,
    file,
    language: story.language,
    title,
    summary,
    cover: story.cover,
    firstArt: sceneById(story, story.start)?.pages[0]?.panels[0]?.art ?? null,
    panels: story.scenes.reduce((sum, scene) => sum + scene.pages.reduce((count, page) => count + page.panels.length, 0), 0),
    endings: story.endings.length,
    languages: [story.language, ...translations.map((translation) => translation.language)],
  };
}

/** A summary's text in a language, or in the story's own language when it has no translation. */
export function summaryText(texts: Record<string, string>, language: string, sourceLanguage: string): string {
  return texts[language] ?? texts[language.split('-')[0]!] ?? texts[sourceLanguage] ?? '';
}
