/** The panel art spec: what a story author (or the panel list) writes to get a picture. */
import type { SeatKind } from './kit/characters/seat';

export interface CharacterPlacement {
  /** A cast id (cast.ts). */
  id: string;
  pose: string;
  expression: string;
  /** Centre, 0..1 across the panel. */
  x: number;
  /** Line of the soles, 0..1 down the panel; default 0.95. Smaller is further back. */
  y?: number;
  /** Size relative to the camera's normal size; default 1. */
  scale?: number;
  /** Face left instead of right. */
  flip?: boolean;
  /** A prop id put in the near hand (with poses give, talk, point, stand, walk...). */
  hold?: string;
  /** What a sitting character sits on; default stool for `sit`, the floor for `sit-floor`. */
  seat?: SeatKind;
}

export interface PropPlacement {
  id: string;
  /** Middle of the prop's bottom edge, 0..1 of the panel. */
  x: number;
  y: number;
  scale?: number;
  rotate?: number;
  flip?: boolean;
}

export interface PanelArtSpec {
  width: number;
  height: number;
  background: string;
  variant?: 'day' | 'night';
  characters?: CharacterPlacement[];
  props?: PropPlacement[];
  /** wide: small figures, much setting; medium (default): full figures; close: head and shoulders of characters[0]. */
  camera?: 'wide' | 'medium' | 'close';
}
