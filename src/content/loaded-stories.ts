/**
 * Stories already loaded in this session, readable at once (no promise): the library shows a saved story's
 * progress without waiting when the story has been opened before. Tiny on purpose: the library imports it
 * up front, and the loader (load-story.ts) only when it needs it.
 */
import type { LoadedStory } from './story-bundle';

const loaded = new Map<string, LoadedStory>();

export function rememberLoaded(storyId: string, story: LoadedStory): void {
  loaded.set(storyId, story);
}

export function loadedStory(storyId: string): LoadedStory | undefined {
  return loaded.get(storyId);
}
