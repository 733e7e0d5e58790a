/**
 * The Studio's live check: the story as story:check reads it (the text parsed and validated, then the checker's
 * rules), on the draft in memory. Art is not fetched to see whether it exists (the reader shows a missing picture's
 * description), as when the app checks a story it loads (content/story-bundle.ts); the lessons catalog is used when
 * given. A story the engine can play is also played down every path, as story:check does (dead ends, places no ending
 * can be reached from, scenes the conditions never open), and handed on for the preview.
 */
import { KIT_NAMES } from '../../art/kit-names';
import { HELPLINE_NUMBERS } from '../../content/helplines';
import { explorationProblems } from '../../engine/exploration-problems';
import { explore } from '../../engine/explore';
import { checkStory, type StoryBundle } from '../../story/check/index';
import { loadStory } from '../../story/load';
import type { Problem } from '../../story/problem';
import type { Box, Compose, LessonCatalog, Story, Translation } from '../../story/schema';

/** The face boxes in a picture composed from the kit (the kit's code, loaded on demand: use-live-check.ts). */
export type FacesOf = (compose: Compose) => readonly Box[];

export function storyFileOf(story: Pick<Story, 'id'>): string {
  return `stories/${story.id}/story.json`;
}

export function translationFileOf(story: Pick<Story, 'id'>, language: string): string {
  return `stories/${story.id}/i18n/${language}.json`;
}

/** What the check found, and the story as the reader would load it when the engine can play it (else null). */
export interface DraftCheck {
  problems: Problem[];
  playable: Story | null;
}

/**
 * Errors that leave the engine nowhere to go (a scene, ending or start that does not exist; two scenes or choices of
 * one ID). Any other error (a balloon's text too long, a speaker missing) still plays, as the author will want to see.
 */
const UNPLAYABLE = new Set(['broken-target', 'duplicate-id']);

export function checkDraftForPlay(story: Story, translations: readonly Translation[], catalog: LessonCatalog | null = null, facesOf?: FacesOf): DraftCheck {
  const file = storyFileOf(story);
  const parsed = loadStory(JSON.stringify(story), file);
  if (!parsed.ok) return { problems: parsed.problems, playable: null };
  const bundle: StoryBundle = {
    file,
    story: parsed.value,
    translations: translations.map((translation) => ({ file: translationFileOf(story, translation.language), translation })),
  };
  const problems = checkStory(bundle, {
    catalog,
    catalogFile: 'stories/lessons/lessons.json',
    artExists: () => true,
    helplines: HELPLINE_NUMBERS,
    kit: KIT_NAMES,
    faces: facesOf ? composedFaces(story, facesOf) : undefined,
  });
  const playable = problems.some((problem) => problem.severity === 'error' && UNPLAYABLE.has(problem.code)) ? null : parsed.value;
  return { problems: playable ? [...problems, ...pathProblems(bundle, problems)] : problems, playable };
}

/** The faces in each composed panel's picture, by its art file, for the rule on tails across faces. */
function composedFaces(story: Story, facesOf: FacesOf): (storyId: string, art: string) => readonly Box[] {
  const composed = new Map(
    story.scenes.flatMap((scene) =>
      scene.pages.flatMap((page) => page.panels.flatMap((panel) => (panel.compose ? [[panel.art, panel.compose] as const] : []))),
    ),
  );
  return (_storyId, art) => {
    const compose = composed.get(art);
    return compose ? facesOf(compose) : [];
  };
}

/**
 * What playing every path finds. Not where the scene graph alone has found a scene with no way to an ending: playing
 * would only say it again, path by path.
 */
export function pathProblems(bundle: StoryBundle, found: readonly Problem[]): Problem[] {
  if (found.some((problem) => problem.code === 'no-ending')) return [];
  return explorationProblems(bundle, explore(bundle.story));
}

export function checkDraft(story: Story, translations: readonly Translation[], catalog: LessonCatalog | null = null): Problem[] {
  return checkDraftForPlay(story, translations, catalog).problems;
}
