import type { Story } from './schema';

/** The art files the story uses (its panels' and its cover), sorted: what its pack carries, what the Studio offers. */
export function storyArt(story: Story): string[] {
  const files = new Set([story.cover]);
  for (const scene of story.scenes) for (const page of scene.pages) for (const panel of page.panels) files.add(panel.art);
  return [...files].sort();
}
