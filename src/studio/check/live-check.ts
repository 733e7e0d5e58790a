/**
 * The Studio's live check: the story as story:check reads it (the text parsed and validated, then the checker's
 * rules), on the draft in memory. Art is not fetched to see whether it exists (the reader shows a missing picture's
 * description), as when the app checks a story it loads (content/story-bundle.ts); the lessons catalog is used when
 * given.
 */
import { HELPLINE_NUMBERS } from '../../content/helplines';
import { checkStory } from '../../story/check/index';
import { loadStory } from '../../story/load';
import type { Problem } from '../../story/problem';
import type { LessonCatalog, Story, Translation } from '../../story/schema';

export function storyFileOf(story: Pick<Story, 'id'>): string {
  return `stories/${story.id}/story.json`;
}

export function translationFileOf(story: Pick<Story, 'id'>, language: string): string {
  return `stories/${story.id}/i18n/${language}.json`;
}

export function checkDraft(story: Story, translations: readonly Translation[], catalog: LessonCatalog | null = null): Problem[] {
  const file = storyFileOf(story);
  const parsed = loadStory(JSON.stringify(story), file);
  if (!parsed.ok) return parsed.problems;
  return checkStory(
    { file, story: parsed.value, translations: translations.map((translation) => ({ file: translationFileOf(story, translation.language), translation })) },
    { catalog, catalogFile: 'stories/lessons/lessons.json', artExists: () => true, helplines: HELPLINE_NUMBERS },
  );
}
