/**
 * Edits of a panel's composition (the art kit's spec, `panel.compose`): plain data in, plain data out, as the other
 * edits of the story (src/studio/edit). The composer only renders them and sends events.
 */
import type { Compose, Story } from '../../story/schema';
import { mapPanel } from '../edit/tree';
import type { Point } from '../stage/geometry';
import { reaimTails, type SpeakerPlace } from './aim';

export type Placed = NonNullable<Compose['characters']>[number];
export type PlacedProp = NonNullable<Compose['props']>[number];
/** What a drag or the arrow keys move: a character or a prop, by its place in the list. */
export type Target = { kind: 'character' | 'prop'; index: number };

const round = (value: number) => Math.round(value * 1000) / 1000;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** A new composition at the panel's picture size: a plain setting to start from, with nobody in it. */
export function newCompose(width: number, height: number): Compose {
  return { width, height, background: 'village-house', camera: 'medium', characters: [], props: [] };
}

/** Someone new stands where there is room: the first in the left third, the next in the right, then in the middle. */
export function addCharacter(compose: Compose, id: string): Compose {
  const characters = compose.characters ?? [];
  const x = [0.3, 0.7, 0.5, 0.15, 0.85][characters.length % 5]!;
  // Two people talk facing each other: the one on the right turns left.
  return { ...compose, characters: [...characters, { id, pose: 'stand', expression: 'neutral', x, ...(x > 0.5 ? { flip: true } : {}) }] };
}

export function setCharacter(compose: Compose, index: number, change: Partial<Placed>): Compose {
  return { ...compose, characters: (compose.characters ?? []).map((placed, at) => (at === index ? { ...placed, ...change } : placed)) };
}

export function addProp(compose: Compose, id: string): Compose {
  return { ...compose, props: [...(compose.props ?? []), { id, x: 0.5, y: 0.93 }] };
}

export function removeTarget(compose: Compose, target: Target): Compose {
  if (target.kind === 'character') return { ...compose, characters: (compose.characters ?? []).filter((_, at) => at !== target.index) };
  return { ...compose, props: (compose.props ?? []).filter((_, at) => at !== target.index) };
}

/** Where a character's soles or a prop's foot stands, in fractions of the panel. */
export function placeOf(compose: Compose, target: Target): Point | undefined {
  if (target.kind === 'prop') return compose.props?.[target.index];
  const placed = compose.characters?.[target.index];
  return placed ? { x: placed.x, y: placed.y ?? 0.95 } : undefined;
}

/** The character or prop moved by (dx, dy) from `from` (where a drag began), kept on the panel. */
export function moveTarget(compose: Compose, target: Target, from: Point, dx: number, dy: number): Compose {
  const x = round(clamp(from.x + dx));
  const y = round(clamp(from.y + dy));
  if (target.kind === 'character') return setCharacter(compose, target.index, { x, y });
  return { ...compose, props: (compose.props ?? []).map((placed, at) => (at === target.index ? { ...placed, x, y } : placed)) };
}

/**
 * The panel shows the picture `art`, composed from `compose`, and its tails follow their speakers there (`speakersOf`
 * says where each placed character speaks from, as the kit draws them): one undo step for all.
 */
export function setComposedPanel(
  story: Story,
  panelId: string,
  compose: Compose,
  art: string,
  speakersOf: (compose: Compose) => readonly SpeakerPlace[],
): Story {
  return mapPanel(story, panelId, (panel) => ({
    ...panel,
    art,
    compose,
    balloons: reaimTails(panel.balloons, panel.compose ? speakersOf(panel.compose) : [], speakersOf(compose)),
  }));
}
