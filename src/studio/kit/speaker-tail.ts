/**
 * Where a new balloon's tail points on a panel composed from the kit: at its speaker's mouth, a gap short of the
 * face. The kit is loaded only when such a panel gets a balloon, so the Studio's first screen does not carry it.
 */
import type { Balloon, Character, Panel } from '../../story/schema';
import type { Point } from '../stage/geometry';
import { aimTail } from './aim';

/** Null when the panel was not composed, the balloon has no speaker, or the speaker is not in the picture. */
export async function speakerTail(panel: Panel, characters: readonly Character[], balloon: Balloon): Promise<Point | null> {
  if (!panel.compose || !balloon.speaker) return null;
  const { composeStoryPanel } = await import('./kit-draw');
  const speaker = composeStoryPanel(panel.compose, characters)?.speakers.find((placed) => placed.id === balloon.speaker);
  return speaker ? aimTail(balloon.box, speaker) : null;
}
