/** Changing one scene or panel of a story and leaving the rest as it was (the same objects, so React and undo stay cheap). */
import type { Panel, Scene, Story } from '../../story/schema';

export function mapScene(story: Story, sceneId: string, change: (scene: Scene) => Scene): Story {
  return { ...story, scenes: story.scenes.map((scene) => (scene.id === sceneId ? change(scene) : scene)) };
}

export function mapPanel(story: Story, panelId: string, change: (panel: Panel) => Panel): Story {
  return {
    ...story,
    scenes: story.scenes.map((scene) =>
      scene.pages.some((page) => page.panels.some((panel) => panel.id === panelId))
        ? { ...scene, pages: scene.pages.map((page) => ({ ...page, panels: page.panels.map((panel) => (panel.id === panelId ? change(panel) : panel)) })) }
        : scene,
    ),
  };
}

/** Moves the item at `from` by `delta` places, if there is room. */
export function moved<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** A copy without one optional field (a story file leaves out what is not set, rather than writing it empty). */
export function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}
