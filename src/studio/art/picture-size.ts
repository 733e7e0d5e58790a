/**
 * How large a panel's own picture is drawn and how many bytes it may take. Pure: the upload (encode.ts) and the panel
 * editor's "38 KB of 80 KB" both read it. A panel is drawn at its share of a page 960 pixels wide: sharp on a phone
 * of 360 CSS px at a pixel ratio of 2.5, and on a projector, while a story of a dozen panels stays near the 600 KB
 * art budget a story has (docs/performance.md).
 */
import type { Size } from '../../story/art-file/dimensions';
import { pageFrames, panelAspect } from '../../story/reading-order';
import type { Panel, Story } from '../../story/schema';

export const PAGE_WIDTH_PX = 960;
/** A photo of a hand drawing, re-encoded as WebP at the panel's size, fits in this. */
export const PANEL_BUDGET_BYTES = 80 * 1024;
/** A file larger than this is not read at all: no phone photo is, and decoding one could exhaust a phone's memory. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The pixels a panel's picture is drawn at (its frame's share of the page, in the page's shape). */
export function panelPixels(story: Story, panelId: string): Size {
  for (const scene of story.scenes)
    for (const page of scene.pages) {
      const index = page.panels.findIndex((panel: Panel) => panel.id === panelId);
      if (index < 0) continue;
      const frame = pageFrames(page)[index]!;
      const width = Math.round(PAGE_WIDTH_PX * frame.w);
      return { width, height: Math.round(width / panelAspect(story, frame)) };
    }
  return { width: PAGE_WIDTH_PX, height: PAGE_WIDTH_PX };
}

/** Bytes in the words the editor shows: "38 KB", "3.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
