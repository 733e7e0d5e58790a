import type { Point } from '../characters/types';
import type { Pen } from '../pen';

/**
 * A prop, drawn in world units (an adult is about 200 tall) with its resting point, the middle of
 * its bottom edge, at (0, 0). `grip` is where a hand holds it.
 */
export interface PropDef {
  id: string;
  description: string;
  draw(pen: Pen): string;
  grip: Point;
  /** Whether a character can hold it (`hold` in a character spec). */
  holdable: boolean;
}
