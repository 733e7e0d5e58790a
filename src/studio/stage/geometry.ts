/**
 * A balloon's box and tail moved on the panel: plain numbers in, plain numbers out, in fractions of the panel (0,0 its
 * top left, 1,1 its bottom right). Every result stays inside the panel (the checker refuses a box past its edge) and
 * is rounded to a thousandth, so a story file keeps short numbers.
 */
import type { Box } from '../../story/schema';

export interface Point {
  x: number;
  y: number;
}

/** The smallest box a drag or a key leaves: still big enough to grab and to hold a word. */
export const MIN_SIZE = 0.05;

/** The corner a resize handle holds: the opposite corner stays where it is. */
export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
export const CORNERS: readonly Corner[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

/** What a key or a drag acts on: the whole balloon, one corner, or the tail's tip. */
export type Grip = 'move' | Corner | 'tail';

const round = (value: number) => Math.round(value * 1000) / 1000;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The box moved by (dx, dy), its size kept, stopped at the panel's edges. */
export function moveBox(box: Box, dx: number, dy: number): Box {
  const w = Math.min(box.w, 1);
  const h = Math.min(box.h, 1);
  return { x: round(clamp(box.x + dx, 0, 1 - w)), y: round(clamp(box.y + dy, 0, 1 - h)), w: round(w), h: round(h) };
}

/** The box with one corner dragged by (dx, dy): the opposite corner stays, the size stays at least MIN_SIZE and in the panel. */
export function resizeBox(box: Box, corner: Corner, dx: number, dy: number): Box {
  const left = corner.endsWith('left');
  const top = corner.startsWith('top');
  const right = box.x + box.w;
  const bottom = box.y + box.h;
  const x1 = left ? clamp(box.x + dx, 0, right - MIN_SIZE) : box.x;
  const x2 = left ? right : clamp(right + dx, box.x + MIN_SIZE, 1);
  const y1 = top ? clamp(box.y + dy, 0, bottom - MIN_SIZE) : box.y;
  const y2 = top ? bottom : clamp(bottom + dy, box.y + MIN_SIZE, 1);
  return { x: round(x1), y: round(y1), w: round(x2 - x1), h: round(y2 - y1) };
}

/** The tail's tip moved by (dx, dy), kept on the panel (it points at a speaker in the picture). */
export function moveTail(tail: Point, dx: number, dy: number): Point {
  return { x: round(clamp(tail.x + dx, 0, 1)), y: round(clamp(tail.y + dy, 0, 1)) };
}

/** Where a new tail points: below the balloon's middle, or above it when the balloon sits low in the panel. */
export function defaultTail(box: Box): Point {
  const below = box.y + box.h + 0.15;
  return { x: round(clamp(box.x + box.w / 2, 0, 1)), y: round(below <= 1 ? below : clamp(box.y - 0.15, 0, 1)) };
}

/** The arrow keys as a step, in fractions of the panel: 1% a press, 10% with Shift. Null for any other key. */
export function arrowStep(key: string, shift: boolean): Point | null {
  const size = shift ? 0.1 : 0.01;
  const steps: Record<string, Point> = {
    ArrowLeft: { x: -size, y: 0 },
    ArrowRight: { x: size, y: 0 },
    ArrowUp: { x: 0, y: -size },
    ArrowDown: { x: 0, y: size },
  };
  return steps[key] ?? null;
}

/** A fraction as a whole percent, for the words that say where a balloon is. */
export const percent = (value: number) => Math.round(value * 100);
