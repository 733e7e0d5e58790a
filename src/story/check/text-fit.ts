/**
 * An estimate of whether a balloon's text fits its box, as a phone shows the panel in guided view (as wide as
 * the screen allows, text sized to the page but never under 16 px: the same rule as the reader's CSS).
 * It is a warning, not a proof: fonts differ, and the reader lets balloons grow.
 */
import { lineWords } from '../number-runs';
import { BALLOON_FONT_SHARE } from '../reading-order';
import type { Balloon, BalloonKind, Box } from '../schema';

const SCREEN_WIDTH = 344;
/** Room left for the panel on a 360x740 screen after the reader's bars. */
const SCREEN_HEIGHT = 600;
const MIN_FONT_SIZE = 16;
/** Average glyph width of a sans-serif font, relative to its size. */
const GLYPH_WIDTH = 0.55;
const LINE_HEIGHT = 1.25;
const PADDING = 8;

/** The panel as a phone shows it in guided view, in CSS px: the size the estimate is made for. */
export function phonePanelSize(aspect: number): { width: number; height: number } {
  const height = Math.min(SCREEN_WIDTH / aspect, SCREEN_HEIGHT);
  return { width: height * aspect, height };
}

/**
 * How many lines the text needs, and how many fit, in the box of a panel with the given aspect (w/h) and page share.
 * `textScale`: one of the reader's text sizes (settings), 1 the normal one, the one story:check uses.
 */
export function fitLines(
  text: string,
  box: Box,
  aspect: number,
  frameWidth: number,
  kind: BalloonKind = 'speech',
  textScale = 1,
): { needed: number; fit: number } {
  const { width: panelWidth, height: panelHeight } = phonePanelSize(aspect);
  // A sound effect is drawn larger and without a balloon around it (comic.css).
  const fontSize = Math.max(MIN_FONT_SIZE, (BALLOON_FONT_SHARE * panelWidth) / frameWidth) * (kind === 'sfx' ? 1.5 : 1) * textScale;
  const padding = kind === 'sfx' ? 0 : PADDING;
  const lineWidth = Math.max(1, Math.floor((box.w * panelWidth - 2 * padding) / (fontSize * GLYPH_WIDTH)));
  const fit = Math.max(0, Math.floor((box.h * panelHeight - 2 * padding) / (fontSize * LINE_HEIGHT)));
  return { needed: wrappedLines(text, lineWidth), fit };
}

/**
 * The rule story:check warns by (text-too-long): the balloon's text in its box, with a line for the speaker's name
 * above it. The Studio's stage shows the same rule live, at every text size.
 */
export function balloonLines(
  balloon: Pick<Balloon, 'box' | 'kind' | 'speaker'>,
  text: string,
  aspect: number,
  frameWidth: number,
  textScale = 1,
): { needed: number; fit: number } {
  const fitted = fitLines(text, balloon.box, aspect, frameWidth, balloon.kind, textScale);
  // The speaker's name takes a line of its own above the text.
  return { needed: fitted.needed + (balloon.speaker ? 1 : 0), fit: fitted.fit };
}

function wrappedLines(text: string, lineWidth: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of lineWords(paragraph)) {
      const length = word.length;
      if (used === 0) {
        lines += Math.floor(Math.max(0, length - 1) / lineWidth);
        used = length % lineWidth || lineWidth;
      } else if (used + 1 + length <= lineWidth) used += 1 + length;
      else {
        lines += 1 + Math.floor(Math.max(0, length - 1) / lineWidth);
        used = length % lineWidth || lineWidth;
      }
    }
  }
  return lines;
}
