import type { Defs } from '../svg';

/**
 * What every drawing function receives: the file's shared <defs> and the outline width, in the
 * drawing's own units (the composer works it out so every outline has the same width on the panel).
 */
export interface Pen {
  defs: Defs;
  /** Outline width in local units. */
  sw: number;
}

export const withScale = (pen: Pen, s: number): Pen => ({ defs: pen.defs, sw: pen.sw / s });
