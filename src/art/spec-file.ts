/**
 * A story's composed panels as an art spec file (tools/art/specs/<story>.json, what `npm run art` builds from): each
 * panel whose picture the kit drew, by its picture's file name. The Studio's folder export writes it beside the story,
 * so the same SVGs can be rebuilt in a checkout.
 */
import type { Compose, Story } from '../story/schema';

export interface ArtSpecFile {
  panels: Record<string, Compose>;
}

/** Null when no panel of the story was composed from the kit. */
export function artSpecFile(story: Story): ArtSpecFile | null {
  const panels: Record<string, Compose> = {};
  for (const scene of story.scenes)
    for (const page of scene.pages) for (const panel of page.panels) if (panel.compose && panel.art.endsWith('.svg')) panels[panel.art] = panel.compose;
  return Object.keys(panels).length > 0 ? { panels } : null;
}

/** Where the spec file sits in a checkout. */
export const artSpecPath = (storyId: string) => `tools/art/specs/${storyId}.json`;
