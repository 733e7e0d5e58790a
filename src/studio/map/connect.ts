/** A link drawn on the map, as an edit: a choice or a scene's "next" handle connected to a scene or an ending. */
import type { Story } from '../../story/schema';
import { setChoice } from '../edit/choices';
import { setEnding, setNextScene, setSceneEnd } from '../edit/scenes';
import { NEXT_HANDLE } from './map-graph';

/** What a handle can be connected to: a choice leads to a scene; "next" to a scene, or to an ending that ends the scene. */
export function canConnect(handle: string, target: string): boolean {
  return target.startsWith('scene:') || (handle === NEXT_HANDLE && target.startsWith('ending:'));
}

/** The story with the scene's handle leading to the target box (scene:<id> or ending:<id>); else the story unchanged. */
export function connect(story: Story, sceneId: string, handle: string, target: string): Story {
  if (!canConnect(handle, target)) return story;
  const [kind, id] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
  if (handle.startsWith('choice:')) return setChoice(story, sceneId, handle.slice('choice:'.length), { target: id });
  if (kind === 'scene') return setNextScene(setSceneEnd(story, sceneId, 'next'), sceneId, id);
  return setEnding(setSceneEnd(story, sceneId, 'ending'), sceneId, id);
}
