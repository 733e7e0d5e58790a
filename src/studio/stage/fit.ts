/**
 * Does a balloon's text fit its box? story:check's own rule (balloonLines, src/story/check/text-fit.ts), asked for every
 * text size the reader offers and every language of the draft; and the smallest box that would fit, for "make it fit".
 */
import { balloonLines } from '../../story/check/text-fit';
import { panelAspect, scenePanels } from '../../story/reading-order';
import type { Balloon, Box, Story, Translation } from '../../story/schema';
import { storyKeys, translatedText } from '../../story/strings';
import { TEXT_SIZES } from '../../store/settings';

export interface SizeFit {
  /** Index into TEXT_SIZES (the reader's settings). */
  size: number;
  needed: number;
  fit: number;
}

export interface LanguageFit {
  language: string;
  sizes: SizeFit[];
}

/** The panel's shape as the checker reads it: its aspect (w/h) and its width as a share of the page. */
export interface PanelShape {
  aspect: number;
  frameWidth: number;
}

export function panelShape(story: Story, panelId: string): PanelShape | null {
  for (const scene of story.scenes) {
    const place = scenePanels(scene).find((item) => item.panel.id === panelId);
    if (place) return { aspect: panelAspect(story, place.frame), frameWidth: place.frame.w };
  }
  return null;
}

/** The balloon's text in each language of the draft that has its own (an untranslated one reads the source's). */
export function balloonTexts(story: Story, translations: readonly Translation[], panelId: string, balloon: Balloon): { language: string; text: string }[] {
  const key = storyKeys.balloon(panelId, balloon.id);
  const texts = [{ language: story.language, text: balloon.text }];
  for (const translation of translations) {
    const text = translatedText(translation, key);
    if (text !== undefined) texts.push({ language: translation.language, text });
  }
  return texts;
}

export function textFit(balloon: Balloon, texts: readonly { language: string; text: string }[], shape: PanelShape): LanguageFit[] {
  return texts.map(({ language, text }) => ({
    language,
    sizes: TEXT_SIZES.map((scale, size) => ({ size, ...balloonLines(balloon, text, shape.aspect, shape.frameWidth, scale) })),
  }));
}

/** Whether the balloon's text fits at the normal text size in every language: what story:check warns about. */
export function fitsNormal(story: Story, translations: readonly Translation[], panelId: string, balloon: Balloon, shape: PanelShape): boolean {
  return balloonTexts(story, translations, panelId, balloon).every(({ text }) => {
    const lines = balloonLines(balloon, text, shape.aspect, shape.frameWidth);
    return lines.needed <= lines.fit;
  });
}

const STEP = 0.01;
const hundredth = (value: number) => Math.round(value / STEP) * STEP;
/** The sizes tried, from the smallest a balloon may be (geometry.ts) to the whole panel, a hundredth apart. */
const SIZES = Array.from({ length: 96 }, (_, i) => hundredth(0.05 + i * STEP));

/**
 * The smallest box in which every language's text fits at the given text size (normal: the size story:check uses).
 * First the balloon's own shape, scaled; when no size of that shape can hold the text, any shape, the smallest area.
 * The box keeps its top left corner where it can and slides back into the panel where it must. Null when the panel
 * cannot hold the text at all (shorten it). Asked again of the box it gives, it gives that box: "make it fit" is done.
 */
export function fittingBox(balloon: Balloon, texts: readonly string[], shape: PanelShape, scale = 1): Box | null {
  const fits = (box: Box) =>
    texts.every((text) => {
      const lines = balloonLines({ ...balloon, box }, text, shape.aspect, shape.frameWidth, scale);
      return lines.needed <= lines.fit;
    });
  // The shape rounded to hundredths is not quite the shape it came from: search again from each answer until it holds.
  let box = balloon.box;
  for (let round = 0; round < 4; round += 1) {
    const next = smallestFitting(box, fits);
    if (!next || sameBox(next, box)) return next;
    box = next;
  }
  return box;
}

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

function smallestFitting(from: Box, fits: (box: Box) => boolean): Box | null {
  const placed = (w: number, h: number): Box => ({ x: hundredth(Math.min(from.x, 1 - w)), y: hundredth(Math.min(from.y, 1 - h)), w, h });
  const ratio = from.h / from.w;
  for (const w of SIZES) {
    const h = hundredth(w * ratio);
    if (h > 1) break;
    if (h >= STEP && fits(placed(w, h))) return placed(w, h);
  }
  let best: Box | null = null;
  for (const w of SIZES) {
    const h = SIZES.find((height) => fits(placed(w, height)));
    if (h !== undefined && (!best || w * h < best.w * best.h - 1e-9)) best = placed(w, h);
  }
  return best;
}
