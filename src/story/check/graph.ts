/**
 * The scene graph, ignoring conditions: which scenes the start reaches, and which scenes can still reach an
 * ending. (engine/explore.ts asks the same of reading states, with conditions taken into account.)
 */
import { jsonPath } from '../problem';
import { reachable, reversed } from '../reach';
import type { Story } from '../schema';
import type { Report } from './context';

export function sceneTargets(story: Story): Map<string, string[]> {
  return new Map(
    story.scenes.map((scene) => {
      const end = scene.then;
      const targets = end.kind === 'next' ? [end.scene] : end.kind === 'choices' ? end.choices.map((choice) => choice.target) : [];
      return [scene.id, targets];
    }),
  );
}

/** Scenes that some path from the start reaches, conditions ignored. */
export function reachableScenes(story: Story): Set<string> {
  const targets = sceneTargets(story);
  return reachable([story.start], (id) => targets.get(id) ?? []);
}

export function checkGraph(story: Story, report: Report): void {
  const targets = sceneTargets(story);
  const reached = reachableScenes(story);
  const reverse = reversed(targets);
  const endingScenes = story.scenes.filter((scene) => scene.then.kind === 'ending').map((scene) => scene.id);
  const canEnd = reachable(endingScenes, (id) => reverse.get(id) ?? []);
  const endingsUsed = new Set(story.scenes.flatMap((scene) => (scene.then.kind === 'ending' ? [scene.then.ending] : [])));

  story.scenes.forEach((scene, s) => {
    const path = jsonPath(['scenes', s, 'id']);
    if (!reached.has(scene.id)) {
      report('warning', 'unreachable-scene', path, `No path from the start scene "${story.start}" leads to the scene "${scene.id}".`, {
        scene: scene.id,
      });
    } else if (!canEnd.has(scene.id)) {
      report('error', 'no-ending', path, `From the scene "${scene.id}" no path leads to an ending: the reader would go round in circles.`, {
        scene: scene.id,
      });
    }
  });
  story.endings.forEach((ending, e) => {
    if (!endingsUsed.has(ending.id))
      report('warning', 'unused-ending', jsonPath(['endings', e, 'id']), `No scene ends in the ending "${ending.id}".`, { ending: ending.id });
  });
}
