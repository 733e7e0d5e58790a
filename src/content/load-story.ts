/**
 * Loads a bundled story with its translations in the browser (the story and its translation chunks fetched
 * together), validated and checked (story-bundle.ts), so a broken file shows which file and what is wrong
 * instead of a white screen. A story on this phone (a received pack, local/) is loaded from its store instead.
 */
import { storyFile, translationFilesOf } from './bundled';
import { isLocalStoryId } from './local/local-id';
import { forgetSettled, rememberSettled } from './loaded-stories';
import { storySummaries } from './summaries';
import type { StorySummary } from './summary';
import { readStoryBundle, type StoryLoad } from './story-bundle';
import { unregisterStory } from './text';

export type { LoadedStory, StoryLoad } from './story-bundle';

const cache = new Map<string, Promise<StoryLoad>>();

/**
 * The story's load, once per session; a file that could not be fetched (offline and not stored yet, or gone after an
 * update) is not remembered, so the next try fetches it again.
 */
export function loadBundledStory(storyId: string): Promise<StoryLoad> {
  let pending = cache.get(storyId);
  if (!pending) {
    pending = load(storyId).then((result) => {
      if (!result.ok && result.problems.some((problem) => problem.code === 'unreadable')) cache.delete(storyId);
      else rememberSettled(storyId, result);
      return result;
    });
    cache.set(storyId, pending);
  }
  return pending;
}

/** A story on this phone was replaced or removed: its next load reads the store again, and its old text goes. */
export function forgetStory(storyId: string): void {
  cache.delete(storyId);
  forgetSettled(storyId);
  unregisterStory(storyId);
}

/**
 * What the build passed of a bundled story (its summary): the story, and its translations when every one of its
 * translation files passed (the summary lists the language of each that did). Otherwise each translation is
 * validated, and a broken one is told.
 */
export function passedAtBuild(summary: StorySummary | undefined, translationFiles: number): { built: boolean; translationsBuilt: boolean } {
  if (summary?.ok !== true) return { built: false, translationsBuilt: false };
  return { built: true, translationsBuilt: summary.languages.length - 1 === translationFiles };
}

async function load(storyId: string): Promise<StoryLoad> {
  // Its own chunk: the store's code and idb come only to phones that read a received story.
  if (isLocalStoryId(storyId)) return import('./local/local-load').then((module) => module.loadLocalStory(storyId));
  const source = storyFile(storyId);
  const file = source?.file ?? `stories/${storyId}/story.json`;
  if (!source) return { ok: false, file, problems: [{ severity: 'error', code: 'no-story', file, path: '$', message: 'There is no story with this ID.' }] };
  const translationFiles = translationFilesOf(storyId);
  // Fetched side by side: on a slow connection each round trip is felt.
  const translationTexts = Promise.all(
    translationFiles.map((entry) =>
      entry.load().then(
        (text) => ({ file: entry.file, text }),
        () => null,
      ),
    ),
  );
  let text: string;
  try {
    text = await source.load();
  } catch (error) {
    return { ok: false, file, problems: [{ severity: 'error', code: 'unreadable', file, path: '$', message: `The file could not be read: ${String(error)}` }] };
  }
  // A translation that cannot be fetched is left out: its language falls back to the source language.
  const translations = (await translationTexts).filter((entry) => entry !== null);
  // The build read every bundled story as this does, schema and checker (summaries.ts), from the same file this chunk
  // holds: a story it passed is not validated or checked again. One it did not is, and shows its problems.
  const passed = passedAtBuild(
    storySummaries.find((item) => item.id === storyId),
    translationFiles.length,
  );
  return readStoryBundle({ file, text }, translations, { folder: storyId, ...passed });
}
