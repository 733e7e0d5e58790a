/** Pages from layout templates (1 to 4 panels, as Bloom's are), and each panel's order, art and description. */
import type { Box, Panel, Story } from '../../story/schema';
import { storyIds, uniqueId } from './ids';
import { PLACEHOLDER_ART } from './new-story';
import { mapPanel, mapScene, moved, without } from './tree';

export const PAGE_TEMPLATES = [1, 2, 3, 4] as const;
export type PageTemplate = (typeof PAGE_TEMPLATES)[number];

const GUTTER = 0.02;
const HALF = (1 - 3 * GUTTER) / 2;

/** Where each panel of a template sits; 1 and 2 panels stack down the page, as a page without frames does. */
function templateFrames(template: PageTemplate): (Box | undefined)[] {
  const left = GUTTER;
  const right = GUTTER * 2 + HALF;
  if (template === 3)
    return [
      { x: left, y: left, w: 1 - 2 * GUTTER, h: HALF },
      { x: left, y: right, w: HALF, h: HALF },
      { x: right, y: right, w: HALF, h: HALF },
    ];
  if (template === 4)
    return [
      { x: left, y: left, w: HALF, h: HALF },
      { x: right, y: left, w: HALF, h: HALF },
      { x: left, y: right, w: HALF, h: HALF },
      { x: right, y: right, w: HALF, h: HALF },
    ];
  return Array.from({ length: template }, () => undefined);
}

/** A page at the end of the scene, its panels described with `description` until the author writes their own. */
export function addPage(story: Story, sceneId: string, template: PageTemplate, description: string): Story {
  const taken = storyIds(story);
  const scene = story.scenes.find((item) => item.id === sceneId);
  if (!scene) return story;
  const pageId = uniqueId(`${sceneId}-${scene.pages.length + 1}`, taken);
  const panels: Panel[] = templateFrames(template).map((frame, index) => {
    const id = uniqueId(`${pageId}-${index + 1}`, taken);
    taken.add(id);
    return { id, art: PLACEHOLDER_ART, description, ...(frame ? { frame } : {}), balloons: [] };
  });
  return mapScene(story, sceneId, (item) => ({ ...item, pages: [...item.pages, { id: pageId, panels }] }));
}

/**
 * Moves a panel earlier or later in its page's reading order. The places on the page stay where the template put
 * them, so the panel takes the place of the one it swaps with: reading order and layout keep agreeing.
 */
export function movePanel(story: Story, panelId: string, delta: number): Story {
  return {
    ...story,
    scenes: story.scenes.map((scene) => ({
      ...scene,
      pages: scene.pages.map((page) => {
        const index = page.panels.findIndex((panel) => panel.id === panelId);
        if (index < 0) return page;
        const frames = page.panels.map((panel) => panel.frame);
        const panels = moved(page.panels, index, delta).map((panel, at) => (frames[at] ? { ...panel, frame: frames[at] } : without(panel, 'frame')));
        return { ...page, panels };
      }),
    })),
  };
}

export function setPanel(story: Story, panelId: string, change: { description?: string; art?: string }): Story {
  return mapPanel(story, panelId, (panel) => {
    const next = { ...panel, ...change };
    // The kit's spec describes the picture it drew: another picture (an upload) leaves it behind, or `npm run art`
    // would draw the old composition over the new picture.
    if (change.art !== undefined && change.art !== panel.art) delete next.compose;
    return next;
  });
}

/** The story's cover in the library and on the printed booklet: one of its pictures. */
export function setCover(story: Story, art: string): Story {
  return story.cover === art ? story : { ...story, cover: art };
}

// The art files the story already uses, to pick from: one rule with a story's pack (src/story/story-art.ts).
export { storyArt } from '../../story/story-art';
