/**
 * A new balloon's tail on a composed panel: aimed at its speaker's mouth, stopping a gap short of the face, so it
 * never crosses the eyes (issue 14). Pure: the kit gives each placed character's mouth and face box (composePanel's
 * speakers), in fractions of the panel like the balloon's box.
 */
import type { Balloon, Box } from '../../story/schema';
import type { Point } from '../stage/geometry';

export interface SpeakerPlace {
  id: string;
  mouth: Point;
  face: Box;
}

/** The gap between a tail's tip and the face, in fractions of the panel. */
export const TAIL_GAP = 0.02;

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The tail's tip: on the line from the balloon's middle to the mouth, where it comes within `gap` of the face box.
 * A balloon already over the face points at the mouth itself.
 */
export function aimTail(box: Box, speaker: SpeakerPlace, gap = TAIL_GAP): Point {
  const start = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  const { mouth, face } = speaker;
  const left = face.x - gap;
  const right = face.x + face.w + gap;
  const top = face.y - gap;
  const bottom = face.y + face.h + gap;
  const inside = (p: Point) => p.x >= left && p.x <= right && p.y >= top && p.y <= bottom;
  if (inside(start)) return { x: round(mouth.x), y: round(mouth.y) };
  // The first t (0 at the balloon, 1 at the mouth) at which the line enters the widened face box (Liang-Barsky).
  const dx = mouth.x - start.x;
  const dy = mouth.y - start.y;
  let enter = 0;
  for (const [p, q] of [
    [-dx, start.x - left],
    [dx, right - start.x],
    [-dy, start.y - top],
    [dy, bottom - start.y],
  ] as const) {
    if (p === 0) continue;
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
  }
  const t = Math.min(1, enter);
  return { x: round(start.x + t * dx), y: round(start.y + t * dy) };
}

const samePlace = (a: SpeakerPlace, b: SpeakerPlace) =>
  a.mouth.x === b.mouth.x && a.mouth.y === b.mouth.y && a.face.x === b.face.x && a.face.y === b.face.y && a.face.w === b.face.w && a.face.h === b.face.h;

/**
 * The panel's balloons once its picture is composed again: a balloon whose speaker moved, grew, turned or first came
 * into the picture has its tail aimed anew (a gap short of the face); one whose speaker left the picture loses its
 * tail, since nobody in the picture says it; the others, hand-aimed tails included, are kept as they were.
 */
export function reaimTails<B extends Pick<Balloon, 'box' | 'speaker' | 'tail'>>(
  balloons: readonly B[],
  before: readonly SpeakerPlace[],
  after: readonly SpeakerPlace[],
): B[] {
  return balloons.map((balloon) => {
    if (!balloon.speaker) return balloon;
    const was = before.find((speaker) => speaker.id === balloon.speaker);
    const now = after.find((speaker) => speaker.id === balloon.speaker);
    if (!now) {
      if (!was || !balloon.tail) return balloon;
      const untailed = { ...balloon };
      delete untailed.tail;
      return untailed;
    }
    return was && samePlace(was, now) ? balloon : { ...balloon, tail: aimTail(balloon.box, now) };
  });
}
