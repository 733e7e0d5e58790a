/**
 * Where the Studio's preview reads: from the scene (and panel, or choice point) selected in the editor, and, as the
 * author edits, at the same place of the edited story. Pure, over the engine's reading state.
 */
import { derive } from '../../engine/derive';
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

/** What the author chose to be true when the preview starts ("start here"): flags set and lessons already learned. */
export interface PreviewStart {
  flags: readonly string[];
  lessons: readonly string[];
}

export const NO_START: PreviewStart = { flags: [], lessons: [] };

/**
 * The reading with the chosen start true before its path: the path's own effects and lessons replayed after them (a
 * flag the path clears is cleared). Applied after every step, as the engine's back and undo replay from the path alone.
 */
export function startedWith(story: Story, state: ReadingState, start: PreviewStart): ReadingState {
  if (start.flags.length === 0 && start.lessons.length === 0) return state;
  const given = { flags: new Set(start.flags), visited: new Set<string>(), lessons: new Set(start.lessons) };
  const derived = derive(story, state.path, state.at, given);
  return { ...state, flags: [...derived.flags], visited: [...derived.visited], lessons: [...derived.lessons] };
}

/** The start kept to what the edited story still has: a flag taken out of the story is no longer set. The same object when nothing went. */
export function startIn(story: Story, start: PreviewStart): PreviewStart {
  const flags = new Set((story.flags ?? []).map((flag) => flag.id));
  const kept = start.flags.filter((flag) => flags.has(flag));
  return kept.length === start.flags.length ? start : { ...start, flags: kept };
}
