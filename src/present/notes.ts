/** The facilitator notes (discussion questions) of a scene and its panels, keyed by their story string keys. */
import { scenePanels } from '../story/reading-order';
import { sceneById } from '../engine';
import type { Story } from '../story/schema';
import { storyKeys } from '../story/strings';

export interface FacilitatorNote {
  /** The story string key: also the ID a "discussed" tick is kept under. */
  key: string;
  text: string;
  /** The panel it belongs to; absent for a note on the whole scene. */
  panelId?: string;
}

export function notesOfScene(story: Story, sceneId: string): FacilitatorNote[] {
  const scene = sceneById(story, sceneId);
  if (!scene) return [];
  return [
    ...(scene.notes ?? []).map((note) => ({ key: storyKeys.sceneNote(scene.id, note.id), text: note.text })),
    ...scenePanels(scene).flatMap(({ panel }) =>
      (panel.notes ?? []).map((note) => ({ key: storyKeys.panelNote(panel.id, note.id), text: note.text, panelId: panel.id })),
    ),
  ];
}
