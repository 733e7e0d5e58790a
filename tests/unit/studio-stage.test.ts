/** The stage's pure parts: a balloon moved, resized and its tail aimed stay in the panel; "make it fit" gives the smallest box that passes story:check's rule. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balloonLines } from '../../src/story/check/text-fit';
import type { Balloon, Box } from '../../src/story/schema';
import { fittingBox, textFit } from '../../src/studio/stage/fit';
import { addBalloon } from '../../src/studio/edit/balloons';
import { newStory } from '../../src/studio/edit/new-story';
import { arrowStep, CORNERS, defaultTail, MIN_SIZE, moveBox, moveTail, resizeBox } from '../../src/studio/stage/geometry';
import { movedBalloon, placeBalloon, setBalloonTail } from '../../src/studio/stage/place-balloon';

const box: Box = { x: 0.1, y: 0.2, w: 0.5, h: 0.3 };
const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.w >= MIN_SIZE - 1e-9 && b.h >= MIN_SIZE - 1e-9 && b.x + b.w <= 1 + 1e-9 && b.y + b.h <= 1 + 1e-9;
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const anyBox = fc
  .record({ x: fraction, y: fraction, w: fc.double({ min: MIN_SIZE, max: 1, noNaN: true }), h: fc.double({ min: MIN_SIZE, max: 1, noNaN: true }) })
  .map((b) => ({ ...b, x: b.x * (1 - b.w), y: b.y * (1 - b.h) }));
const delta = fc.double({ min: -2, max: 2, noNaN: true });

describe('moving and resizing a balloon on the panel', () => {
  it('moves by the drag, keeping its size, and stops at the edges', () => {
    expect(moveBox(box, 0.2, -0.1)).toEqual({ x: 0.3, y: 0.1, w: 0.5, h: 0.3 });
    expect(moveBox(box, 0.9, 0.9)).toEqual({ x: 0.5, y: 0.7, w: 0.5, h: 0.3 });
    expect(moveBox(box, -1, -1)).toEqual({ x: 0, y: 0, w: 0.5, h: 0.3 });
  });

  it('resizes from the corner dragged, the opposite corner staying put, never smaller than a grip', () => {
    expect(resizeBox(box, 'bottom-right', 0.1, 0.1)).toEqual({ x: 0.1, y: 0.2, w: 0.6, h: 0.4 });
    expect(resizeBox(box, 'top-left', -0.1, -0.1)).toEqual({ x: 0, y: 0.1, w: 0.6, h: 0.4 });
    expect(resizeBox(box, 'top-right', 2, 0.5)).toEqual({ x: 0.1, y: 0.45, w: 0.9, h: 0.05 });
    expect(resizeBox(box, 'bottom-left', 0.7, -2)).toEqual({ x: 0.55, y: 0.2, w: 0.05, h: 0.05 });
  });

  it('keeps every box inside the panel, whatever the drag', () => {
    fc.assert(
      fc.property(anyBox, delta, delta, fc.constantFrom(...CORNERS), (start, dx, dy, corner) => {
        expect(inside(moveBox(start, dx, dy))).toBe(true);
        expect(inside(resizeBox(start, corner, dx, dy))).toBe(true);
      }),
    );
  });

  it('aims the tail anywhere on the panel, never off it', () => {
    expect(moveTail({ x: 0.74, y: 0.5 }, -0.54, 0.4)).toEqual({ x: 0.2, y: 0.9 });
    expect(moveTail({ x: 0.5, y: 0.5 }, 1, -1)).toEqual({ x: 1, y: 0 });
    // A new tail points below the balloon, or above it when the balloon is low in the panel.
    expect(defaultTail(box)).toEqual({ x: 0.35, y: 0.65 });
    expect(defaultTail({ x: 0.1, y: 0.7, w: 0.5, h: 0.25 })).toEqual({ x: 0.35, y: 0.55 });
  });

  it('steps 1% a key press, 10% with Shift, and ignores other keys', () => {
    expect(arrowStep('ArrowLeft', false)).toEqual({ x: -0.01, y: 0 });
    expect(arrowStep('ArrowDown', true)).toEqual({ x: 0, y: 0.1 });
    expect(arrowStep('a', false)).toBeNull();
  });
});

describe('a dragged balloon put into the story', () => {
  const base = newStory(
    { title: 'Di Pelabuhan', language: 'id', characters: ['Rina'] },
    { summary: 'Ringkasan.', sceneTitle: 'Awal', description: 'Rina di dermaga pagi hari.', endingTitle: 'Tamat', endingText: 'Rina pulang.' },
  );
  const panelId = base.scenes[0]!.pages[0]!.panels[0]!.id;
  const story = addBalloon(base, panelId);
  const balloonOf = (s: typeof story) => s.scenes[0]!.pages[0]!.panels[0]!.balloons[0]!;

  it('moves the grip the author holds, and only that', () => {
    const balloon = { ...balloonOf(story), tail: { x: 0.5, y: 0.9 } };
    expect(movedBalloon(balloon, 'move', 0.1, 0.1)).toEqual({ ...balloon, box: moveBox(balloon.box, 0.1, 0.1) });
    expect(movedBalloon(balloon, 'top-left', 0.1, 0)).toEqual({ ...balloon, box: resizeBox(balloon.box, 'top-left', 0.1, 0) });
    expect(movedBalloon(balloon, 'tail', -0.3, 0)).toEqual({ ...balloon, tail: { x: 0.2, y: 0.9 } });
    // No tail, nothing to aim.
    expect(movedBalloon(balloonOf(story), 'tail', 0.1, 0.1)).toBe(balloonOf(story));
  });

  it('writes its box and tail, leaving its words and the other panels as they were', () => {
    const placed = { ...balloonOf(story), box: { x: 0.3, y: 0.4, w: 0.5, h: 0.2 }, tail: { x: 0.1, y: 0.9 } };
    const after = placeBalloon(story, panelId, placed);
    expect(balloonOf(after)).toEqual(placed);
    expect(after.endings).toBe(story.endings);
    expect(balloonOf(setBalloonTail(after, panelId, placed.id, null))).not.toHaveProperty('tail');
  });
});

describe('the text fit, as story:check judges it', () => {
  const shape = { aspect: 1.4, frameWidth: 0.96 };
  const words = 'Kata orang itu gajinya besar dan berangkatnya cepat, tanpa biaya, tanpa pelatihan, semua diurus sponsor.';
  const english = 'They say the pay is good and you leave soon, no fees, no training, the sponsor arranges everything for you.';
  const balloon: Balloon = { id: 'b1', kind: 'speech', speaker: 'rina', text: words, box: { x: 0.05, y: 0.05, w: 0.4, h: 0.2 } };
  const fits = (b: Box, text: string, scale = 1) => {
    const lines = balloonLines({ ...balloon, box: b }, text, shape.aspect, shape.frameWidth, scale);
    return lines.needed <= lines.fit;
  };

  it('is asked at every text size the reader offers, in every language, larger text needing more lines', () => {
    const [indonesian, en] = textFit(
      balloon,
      [
        { language: 'id', text: words },
        { language: 'en', text: english },
      ],
      shape,
    );
    expect(indonesian!.sizes.map((size) => size.size)).toEqual([0, 1, 2]);
    expect(en!.language).toBe('en');
    const needed = indonesian!.sizes.map((size) => size.needed);
    expect(needed[2]).toBeGreaterThan(needed[0]!);
    expect(indonesian!.sizes[0]!.needed).toBeGreaterThan(indonesian!.sizes[0]!.fit);
  });

  it('suggests the smallest box of the same shape that fits every language, where the balloon is', () => {
    const suggested = fittingBox(balloon, [words, english], shape)!;
    expect(suggested).toMatchObject({ x: 0.05, y: 0.05 });
    expect(suggested.h / suggested.w).toBeCloseTo(0.5, 1);
    expect(fits(suggested, words) && fits(suggested, english)).toBe(true);
    // One step smaller no longer fits one of the languages.
    const smaller = { ...suggested, w: suggested.w - 0.01, h: Math.round((suggested.w - 0.01) * 50) / 100 };
    expect(fits(smaller, words) && fits(smaller, english)).toBe(false);
    // Asked again of its own answer, it gives that answer: "make it fit" is done.
    expect(fittingBox({ ...balloon, box: suggested }, [words, english], shape)).toEqual(suggested);
  });

  it('shrinks a box bigger than its text needs, slides one back into the panel, and says when nothing fits', () => {
    const short = fittingBox({ ...balloon, box: { x: 0.1, y: 0.1, w: 0.8, h: 0.8 } }, ['Ya.'], shape)!;
    expect(short.w).toBeLessThan(0.3);
    const low = fittingBox({ ...balloon, box: { x: 0.7, y: 0.8, w: 0.3, h: 0.2 } }, [words], shape)!;
    expect(low.x + low.w).toBeLessThanOrEqual(1);
    expect(low.y + low.h).toBeLessThanOrEqual(1);
    expect(fits(low, words)).toBe(true);
    expect(fittingBox(balloon, [words.repeat(12)], shape)).toBeNull();
  });
});
