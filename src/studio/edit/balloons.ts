/** A panel's balloons as a list: kind, speaker (one of the characters) and text, in reading order. */
import type { Balloon, BalloonKind, Story } from '../../story/schema';
import { uniqueId } from './ids';
import { mapPanel, moved, without } from './tree';

/** Spoken kinds need a speaker (the checker says so); captions and sound effects have none. */
export const SPOKEN_KINDS: readonly BalloonKind[] = ['speech', 'thought', 'shout', 'whisper'];

/** Where a new balloon sits: down the panel's left side, one under another, inside the panel. */
function defaultBox(index: number): Balloon['box'] {
  return { x: 0.05, y: 0.05 + (index % 3) * 0.3, w: 0.6, h: 0.28 };
}

/** A new empty balloon at the end (the live check asks for its text), said by the first character if it is spoken. */
export function addBalloon(story: Story, panelId: string, kind: BalloonKind = 'speech'): Story {
  const speaker = SPOKEN_KINDS.includes(kind) ? story.characters[0]?.id : undefined;
  return mapPanel(story, panelId, (panel) => {
    const id = uniqueId(`b${panel.balloons.length + 1}`, new Set(panel.balloons.map((balloon) => balloon.id)));
    const balloon: Balloon = { id, kind, ...(speaker ? { speaker } : {}), text: '', box: defaultBox(panel.balloons.length) };
    return { ...panel, balloons: [...panel.balloons, balloon] };
  });
}

/** Changes a balloon; an empty speaker removes it (a caption has none). */
export function setBalloon(story: Story, panelId: string, balloonId: string, change: { kind?: BalloonKind; speaker?: string; text?: string }): Story {
  return mapPanel(story, panelId, (panel) => ({
    ...panel,
    balloons: panel.balloons.map((balloon) => {
      if (balloon.id !== balloonId) return balloon;
      const rest = without({ ...balloon, ...change }, 'speaker');
      const speaker = change.speaker ?? balloon.speaker;
      return speaker ? { ...rest, speaker } : rest;
    }),
  }));
}

export function removeBalloon(story: Story, panelId: string, balloonId: string): Story {
  return mapPanel(story, panelId, (panel) => ({ ...panel, balloons: panel.balloons.filter((balloon) => balloon.id !== balloonId) }));
}

export function moveBalloon(story: Story, panelId: string, balloonId: string, delta: number): Story {
  return mapPanel(story, panelId, (panel) => ({
    ...panel,
    balloons: moved(
      panel.balloons,
      panel.balloons.findIndex((balloon) => balloon.id === balloonId),
      delta,
    ),
  }));
}
