/**
 * Tails that mislead: a tail that runs across another balloon, or two tails that cross, make the reader guess who
 * speaks (issue 14: two tails made an X over a face). Geometry in fractions of the panel, as balloons are placed;
 * the Studio's kit aims tails with the same test (src/studio/kit/aim.ts).
 */
import { jsonPath, type PathSegment } from '../problem';
import type { Balloon, Box, Story } from '../schema';
import type { Report } from './context';

interface Point {
  x: number;
  y: number;
}

/** A tail as drawn: from where it leaves its balloon's box (on the line from the middle) to its tip. */
export function tailLine(box: Box, tip: Point): [Point, Point] {
  const middle = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  const dx = tip.x - middle.x;
  const dy = tip.y - middle.y;
  // The share of the way to the tip at which the line leaves the box (1 when the tip is inside it).
  const out = Math.min(1, dx === 0 ? Infinity : box.w / 2 / Math.abs(dx), dy === 0 ? Infinity : box.h / 2 / Math.abs(dy));
  return [{ x: middle.x + out * dx, y: middle.y + out * dy }, tip];
}

const side = (a: Point, b: Point, c: Point) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));

/** Whether two lines cross each other (touching at an end does not count: two tails may meet at one speaker). */
export function linesCross([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean {
  const s1 = side(a, b, c);
  const s2 = side(a, b, d);
  const s3 = side(c, d, a);
  const s4 = side(c, d, b);
  return s1 * s2 < 0 && s3 * s4 < 0;
}

/** Whether a line runs through the inside of a box (Liang-Barsky clipping). */
export function lineThroughBox([a, b]: [Point, Point], box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let enter = 0;
  let leave = 1;
  for (const [p, q] of [
    [-dx, a.x - box.x],
    [dx, box.x + box.w - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.h - a.y],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
  }
  // Grazing a corner is not crossing: the line must run some way inside.
  return leave - enter > 1e-3;
}

/**
 * `faces`: the face boxes in a panel's picture, where known. A tail that runs into a face, its speaker's own
 * included, draws a line over the eyes: it should stop a gap short of the face (src/studio/kit/aim.ts).
 */
export function checkTails(story: Story, report: Report, faces?: (storyId: string, art: string) => readonly Box[]): void {
  story.scenes.forEach((scene, s) =>
    scene.pages.forEach((page, p) =>
      page.panels.forEach((panel, q) => {
        const at = (b: number): PathSegment[] => ['scenes', s, 'pages', p, 'panels', q, 'balloons', b, 'tail'];
        const tails = panel.balloons.flatMap((balloon, b) => (balloon.tail ? [{ balloon, b, line: tailLine(balloon.box, balloon.tail) }] : []));
        for (const { balloon, b, line } of tails) {
          // The same speaker's next balloon may cover the tail: the two read as one chain of speech.
          const crossed = panel.balloons.find((other) => other !== balloon && other.speaker !== balloon.speaker && lineThroughBox(line, other.box));
          if (crossed) warnBalloon(report, at(b), balloon, crossed);
        }
        const drawn = faces?.(story.id, panel.art) ?? [];
        for (const { balloon, b, line } of tails)
          if (drawn.some((face) => lineThroughBox(line, face)))
            report(
              'warning',
              'tail-crosses-face',
              jsonPath(at(b)),
              `The tail of balloon "${balloon.id}" runs into a face in the picture: end it a little short of the speaker's face.`,
              { balloon: balloon.id },
            );
        tails.forEach((one, i) =>
          tails.slice(i + 1).forEach((two) => {
            if (linesCross(one.line, two.line))
              report(
                'warning',
                'tails-cross',
                jsonPath(at(two.b)),
                `The tails of balloons "${one.balloon.id}" and "${two.balloon.id}" cross: move a balloon so each tail runs straight to its speaker.`,
                { balloon: one.balloon.id, other: two.balloon.id },
              );
          }),
        );
      }),
    ),
  );
}

function warnBalloon(report: Report, path: PathSegment[], balloon: Balloon, crossed: Balloon): void {
  report('warning', 'tail-crosses-balloon', jsonPath(path), `The tail of balloon "${balloon.id}" runs across balloon "${crossed.id}".`, {
    balloon: balloon.id,
    other: crossed.id,
  });
}
