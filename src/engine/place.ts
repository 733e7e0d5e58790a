/**
 * Where things are in a story, by ID, from its index (built once per story): the scene of a beat or a path step, a
 * page, a panel beat's scene, page and panel. The screens use these instead of searching the story's arrays.
 */
import type { PanelPlace } from '../story/reading-order';
import type { Page, Scene, Story } from '../story/schema';
import type { Beat } from './state';
import { indexStory } from './story-index';

/** The scene with this ID; undefined when the story has none (an ID from outside the engine). */
export function sceneById(story: Story, sceneId: string): Scene | undefined {
  return indexStory(story).scenes.get(sceneId);
}

/** The scene a beat is in: the engine made the beat from this story, so it is there. */
export function sceneOf(story: Story, beat: Beat): Scene {
  return indexStory(story).scenes.get(beat.sceneId)!;
}

/** A page of a scene, by their IDs. */
export function pageById(story: Story, sceneId: string, pageId: string): Page | undefined {
  return sceneById(story, sceneId)?.pages.find((page) => page.id === pageId);
}

/** A panel's place in its scene, by their IDs (a panel named in a key rather than reached as a beat). */
export function panelById(story: Story, sceneId: string, panelId: string): PanelPlace | undefined {
  return indexStory(story)
    .panels.get(sceneId)
    ?.find((place) => place.panel.id === panelId);
}

/** A panel beat's place: its scene, page and panel, and its position among the scene's panels. */
export function panelPlace(story: Story, beat: Extract<Beat, { kind: 'panel' }>): PanelPlace & { scene: Scene } {
  const place = indexStory(story).panels.get(beat.sceneId)![beat.panelIndex]!;
  return { ...place, scene: sceneOf(story, beat) };
}
