/**
 * Stories whose load has finished in this session (read, or found broken), readable at once (no promise): a screen
 * shows a story fetched ahead in its first render, and the library a saved story's progress without waiting. Tiny on
 * purpose: the library imports it up front, and the loader (load-story.ts) only when it needs it.
 */
import type { StoryLoad } from './story-bundle';

const settled = new Map<string, StoryLoad>();

export function rememberSettled(storyId: string, load: StoryLoad): void {
  settled.set(storyId, load);
}

/** The story's load once it has finished (fetched ahead by the entry, or opened before). */
export function settledStory(storyId: string): StoryLoad | undefined {
  return settled.get(storyId);
}

export function forgetSettled(storyId: string): void {
  settled.delete(storyId);
}
