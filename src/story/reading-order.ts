/**
 * The one reading order: scene → pages → panels, in the order the author wrote them.
 * Guided reading, the screen reader (DOM order), projection and print all walk this.
 */
import type { Box, Page, Panel, Scene, Story } from './schema';

/** A-series paper: width / height = 1 / √2. */
export const DEFAULT_PAGE_ASPECT = 0.7071;
/** Balloon text size as a share of the page's width (comic.css): the checker's fit and the wall's scale use it. */
export const BALLOON_FONT_SHARE = 0.028;

export interface PanelPlace {
  panel: Panel;
  page: Page;
  /** Where the panel sits on its page, relative to the page. */
  frame: Box;
}

export function scenePanels(scene: Scene): PanelPlace[] {
  return scene.pages.flatMap((page) => {
    const frames = pageFrames(page);
    return page.panels.map((panel, index) => ({ panel, page, frame: frames[index]! }));
  });
}

/** Frames for every panel of a page: the author's, or for panels without one, equal rows down the page. */
export function pageFrames(page: Page): Box[] {
  const gutter = 0.02;
  const count = page.panels.length;
  const rowHeight = (1 - gutter * (count + 1)) / count;
  return page.panels.map((panel, index) => panel.frame ?? { x: gutter, y: gutter + index * (rowHeight + gutter), w: 1 - 2 * gutter, h: rowHeight });
}

/** Width / height of the story's pages: the author's, else A-series paper. */
export function pageAspect(story: Story): number {
  return story.pageAspect ?? DEFAULT_PAGE_ASPECT;
}

/** Width / height of a panel as drawn, so guided view, page view and print show the same shape. */
export function panelAspect(story: Story, frame: Box): number {
  return (frame.w * pageAspect(story)) / frame.h;
}
