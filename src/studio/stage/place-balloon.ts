/** Where a balloon sits on its panel and where its tail points: edits of the story, as the other edits (src/studio/edit). */
import type { Balloon, Box, Story } from '../../story/schema';
import { mapPanel, without } from '../edit/tree';
import { moveBox, moveTail, resizeBox, type Grip, type Point } from './geometry';

function mapBalloon(story: Story, panelId: string, balloonId: string, change: (balloon: Balloon) => Balloon): Story {
  return mapPanel(story, panelId, (panel) => ({ ...panel, balloons: panel.balloons.map((balloon) => (balloon.id === balloonId ? change(balloon) : balloon)) }));
}

export function setBalloonBox(story: Story, panelId: string, balloonId: string, box: Box): Story {
  return mapBalloon(story, panelId, balloonId, (balloon) => ({ ...balloon, box }));
}

/** The tail's tip, or no tail (null): a caption, a sound or a speaker out of the picture has none. */
export function setBalloonTail(story: Story, panelId: string, balloonId: string, tail: Point | null): Story {
  return mapBalloon(story, panelId, balloonId, (balloon) => (tail ? { ...balloon, tail } : without(balloon, 'tail')));
}

/** The balloon with one of its grips moved by (dx, dy) from where it was (its tail only if it has one). */
export function movedBalloon(balloon: Balloon, grip: Grip, dx: number, dy: number): Balloon {
  if (grip === 'tail') return balloon.tail ? { ...balloon, tail: moveTail(balloon.tail, dx, dy) } : balloon;
  return { ...balloon, box: grip === 'move' ? moveBox(balloon.box, dx, dy) : resizeBox(balloon.box, grip, dx, dy) };
}

/** Where the balloon is put (its box and tail) written into the story. */
export function placeBalloon(story: Story, panelId: string, placed: Balloon): Story {
  const boxed = setBalloonBox(story, panelId, placed.id, placed.box);
  return placed.tail ? setBalloonTail(boxed, panelId, placed.id, placed.tail) : boxed;
}
