/**
 * Turns what playing every path found into problems located in the story file. Pure: story:check and story:unpack run
 * it on files, the Studio's live check on the draft.
 */
import type { StoryBundle } from '../story/check/index';
import { reporter } from '../story/check/context';
import { reachableScenes } from '../story/check/graph';
import { jsonPath, type Problem } from '../story/problem';
import type { Exploration } from './explore';

export function explorationProblems(bundle: StoryBundle, exploration: Exploration): Problem[] {
  const { story, file } = bundle;
  const problems: Problem[] = [];
  const sceneIndex = new Map(story.scenes.map((scene, index) => [scene.id, index]));
  const where = (sceneId: string, ...rest: string[]) => jsonPath(['scenes', sceneIndex.get(sceneId) ?? 0, ...rest]);
  const via = (choices: string[]) => (choices.length > 0 ? ` after the choices ${choices.map((id) => `"${id}"`).join(', ')}` : ' from the start');
  const add = reporter(file, problems);

  if (!exploration.complete) {
    add(
      'warning',
      'exploration-incomplete',
      '$',
      `The story has too many combinations of flags to play every path (stopped after ${exploration.statesExplored} states); dead ends and traps were checked only there.`,
      { states: exploration.statesExplored },
    );
  }
  for (const dead of exploration.deadEnds) {
    add(
      'error',
      'dead-end',
      where(dead.sceneId, 'then', 'choices'),
      `A reader can reach the choices of "${dead.sceneId}"${via(dead.choices)} with every choice unavailable: they would be stuck.`,
      { scene: dead.sceneId },
    );
  }
  for (const trap of exploration.traps) {
    add('error', 'no-ending', where(trap.sceneId, 'id'), `A reader who reaches "${trap.sceneId}"${via(trap.choices)} can never reach an ending.`, {
      context: 'played',
      scene: trap.sceneId,
    });
  }
  if (exploration.complete) {
    // Scenes that a graph walk reaches but conditions never let a reader into.
    const statically = reachableScenes(story);
    for (const sceneId of statically) {
      if (!exploration.reachedScenes.has(sceneId)) {
        add('warning', 'unreachable-scene', where(sceneId, 'id'), `The conditions on the choices never let a reader into the scene "${sceneId}".`, {
          context: 'conditions',
          scene: sceneId,
        });
      }
    }
  }
  return problems;
}
