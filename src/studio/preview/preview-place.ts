/**
 * Where the Studio's preview reads: from the scene (and panel, or choice point) selected in the editor, and, as the
 * author edits, at the same place of the edited story. Pure, over the engine's reading state.
 */
import { build } from '../../engine/engine';
import type { Position, ReadingState } from '../../engine';
import { indexStory } from '../../engine/story-index';
import type { Story } from '../../story/schema';
import type { Selection } from '../check/place';

/** A reading that starts at the selection: its panel, its scene's choices when a choice is selected, else the scene's first panel. */
export function readingAt(story: Story, selection: Selection): ReadingState {
  const index = indexStory(story);
  const scene = index.scenes.get(selection.sceneId) ?? index.scenes.get(story.start)!;
  const panels = index.panels.get(scene.id)!;
  const panel = panels.find((place) => place.panel.id === selection.panelId) ?? panels[0]!;
  const at: Position = selection.choiceId && scene.then.kind === 'choices' ? { kind: 'choices' } : { kind: 'panel', panel: panel.panel.id };
  return build(story, [{ scene: scene.id }], at);
}

/** The same place in the edited story (what was learned and set along the way derived again), or null when the edit took it away. */
export function samePlace(story: Story, state: ReadingState): ReadingState | null {
  const index = indexStory(story);
  if (!state.path.every((step) => index.scenes.has(step.scene))) return null;
  const scene = index.scenes.get(state.path.at(-1)!.scene)!;
  const at = state.at;
  const valid =
    at.kind === 'panel'
      ? index.panels.get(scene.id)!.some((place) => place.panel.id === at.panel)
      : at.kind === 'choices'
        ? scene.then.kind === 'choices'
        : scene.then.kind === 'ending';
  return valid ? build(story, state.path, at) : null;
}
