/** Scenes: add, rename, delete, and how one ends (the next scene, choices or an ending). */
import type { Scene, SceneEnd, Story } from '../../story/schema';
import { slugId, storyIds, uniqueId } from './ids';
import { PLACEHOLDER_ART } from './new-story';
import { mapScene, without } from './tree';

/** A scene with one page and one panel at the end of the list; it ends in the story's first ending until told otherwise. */
export function addScene(story: Story, title: string, description: string): Story {
  const id = uniqueId(slugId(title, 'adegan'), storyIds(story));
  const scene: Scene = {
    id,
    ...(title.trim() ? { title: title.trim() } : {}),
    pages: [{ id: `${id}-1`, panels: [{ id: `${id}-1-1`, art: PLACEHOLDER_ART, description, balloons: [] }] }],
    then: { kind: 'ending', ending: story.endings[0]?.id ?? 'selesai' },
  };
  return { ...story, scenes: [...story.scenes, scene] };
}

/** A scene's title; an empty one is left out (titles are optional). */
export function renameScene(story: Story, sceneId: string, title: string): Story {
  return mapScene(story, sceneId, (scene) => (title === '' ? without(scene, 'title') : { ...scene, title }));
}

/**
 * Removes a scene (the last one stays: a story has at least one). Choices that led there are kept, and the live
 * check names each one, so the author decides where they lead now.
 */
export function deleteScene(story: Story, sceneId: string): Story {
  const scenes = story.scenes.filter((scene) => scene.id !== sceneId);
  if (scenes.length === 0 || scenes.length === story.scenes.length) return story;
  return { ...story, scenes, start: story.start === sceneId ? scenes[0]!.id : story.start };
}

/** How many ways lead into a scene (other scenes' next scene and choices, the start not counted): what deleting it breaks. */
export function linksInto(story: Story, sceneId: string): number {
  return story.scenes
    .filter((scene) => scene.id !== sceneId)
    .reduce((count, scene) => {
      const end = scene.then;
      if (end.kind === 'next') return count + (end.scene === sceneId ? 1 : 0);
      return count + (end.kind === 'choices' ? end.choices.filter((choice) => choice.target === sceneId).length : 0);
    }, 0);
}

export type SceneEndKind = SceneEnd['kind'];

/** Switches how a scene ends, keeping a sensible target: another scene, one new choice, or the first ending. */
export function setSceneEnd(story: Story, sceneId: string, kind: SceneEndKind): Story {
  const scene = story.scenes.find((item) => item.id === sceneId);
  if (!scene || scene.then.kind === kind) return story;
  const other = story.scenes.find((item) => item.id !== sceneId)?.id ?? sceneId;
  if (kind === 'choices') {
    const id = uniqueId(`${sceneId}-pilihan`, storyIds(story));
    return mapScene(story, sceneId, (item) => ({ ...item, then: { kind: 'choices', choices: [{ id, text: '', target: other }] } }));
  }
  const then: SceneEnd = kind === 'next' ? { kind, scene: other } : { kind, ending: story.endings[0]?.id ?? 'selesai' };
  return mapScene(story, sceneId, (item) => ({ ...item, then }));
}

export function setNextScene(story: Story, sceneId: string, target: string): Story {
  return mapScene(story, sceneId, (scene) => (scene.then.kind === 'next' ? { ...scene, then: { ...scene.then, scene: target } } : scene));
}

export function setEnding(story: Story, sceneId: string, endingId: string): Story {
  return mapScene(story, sceneId, (scene) => (scene.then.kind === 'ending' ? { ...scene, then: { ...scene.then, ending: endingId } } : scene));
}
