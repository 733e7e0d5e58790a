/** Where a balloon sits on its panel and where its tail points: edits of the story, as the other edits (src/studio/edit). */
import type { Balloon, Box, Story } from '../../story/schema';
import { mapPanel, without } from '../edit/tree';
import type { Point } from './geometry';

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
