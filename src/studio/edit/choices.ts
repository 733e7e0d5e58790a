/** A scene's choices: each with its text and the scene it leads to. */
import type { Choice, Story } from '../../story/schema';
import { storyIds, uniqueId } from './ids';
import { setSceneEnd } from './scenes';
import { mapScene } from './tree';

/** A new, empty choice (the live check asks for its text); a scene that did not end in choices now does. */
export function addChoice(story: Story, sceneId: string): Story {
  const scene = story.scenes.find((item) => item.id === sceneId);
  if (!scene) return story;
  if (scene.then.kind !== 'choices') return setSceneEnd(story, sceneId, 'choices');
  const id = uniqueId(`${sceneId}-pilihan`, storyIds(story));
  const target = story.scenes.find((item) => item.id !== sceneId)?.id ?? sceneId;
  return mapChoices(story, sceneId, (choices) => [...choices, { id, text: '', target }]);
}

export function setChoice(story: Story, sceneId: string, choiceId: string, change: { text?: string; target?: string }): Story {
  return mapChoices(story, sceneId, (choices) => choices.map((choice) => (choice.id === choiceId ? { ...choice, ...change } : choice)));
}

/** Removes a choice; without choices left, the scene ends in the story's first ending. */
export function removeChoice(story: Story, sceneId: string, choiceId: string): Story {
  const scene = story.scenes.find((item) => item.id === sceneId);
  if (scene?.then.kind !== 'choices') return story;
  if (scene.then.choices.every((choice) => choice.id === choiceId)) return setSceneEnd(story, sceneId, 'ending');
  return mapChoices(story, sceneId, (choices) => choices.filter((choice) => choice.id !== choiceId));
}

/** Changes the choices of one scene (a scene not ending in choices is left as it is). */
export function mapChoices(story: Story, sceneId: string, change: (choices: Choice[]) => Choice[]): Story {
  return mapScene(story, sceneId, (scene) =>
    scene.then.kind === 'choices' ? { ...scene, then: { ...scene.then, choices: change(scene.then.choices) } } : scene,
  );
}
