/** Lookups by ID over a validated story, built once per story object and cached (the story is never mutated). */
import { scenePanels, type PanelPlace } from '../story/reading-order';
import type { Choice, Ending, Scene, Story } from '../story/schema';

export interface StoryIndex {
  scenes: Map<string, Scene>;
  endings: Map<string, Ending>;
  /** Panels of each scene in reading order. */
  panels: Map<string, PanelPlace[]>;
  /** The scene whose choice list holds each choice. */
  choices: Map<string, { scene: Scene; choice: Choice }>;
}

const cache = new WeakMap<Story, StoryIndex>();

export function indexStory(story: Story): StoryIndex {
  const cached = cache.get(story);
  if (cached) return cached;
  const index: StoryIndex = { scenes: new Map(), endings: new Map(), panels: new Map(), choices: new Map() };
  for (const scene of story.scenes) {
    index.scenes.set(scene.id, scene);
    index.panels.set(scene.id, scenePanels(scene));
    if (scene.then.kind === 'choices') for (const choice of scene.then.choices) index.choices.set(choice.id, { scene, choice });
  }
  for (const ending of story.endings) index.endings.set(ending.id, ending);
  cache.set(story, index);
  return index;
}
