/** A story's summary for the library (summary.ts), made from its loaded files: at build time, or when a file is received. */
import { sceneById } from '../engine/place';
import { storyKeys, translatedText } from '../story/strings';
import type { StoryLoad } from './story-bundle';
import type { StorySummary } from './summary';

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
