/** The contract between the composer and a background. */
import type { Pen } from '../pen';

/**
 * The part of the world the camera sees, in world units (an adult is about 200 tall; the front
 * characters' soles are on y = 0; x = 0 is the middle of the panel). A background must cover
 * x0..x1 and y0..y1 completely, whatever the panel's shape.
 */
export interface Stage {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  night: boolean;
  /** Outline width in world units. */
  pen: Pen;
  /** The panel's size, for backgrounds that draw in panel space (phone frames). */
  W: number;
  H: number;
  /** Outline width in panel units. */
  panelSw: number;
}

export interface BgLayers {
  /** Everything behind the characters, in world units. */
  back: string;
  /** Lamps, lit windows and screens: drawn after the night dimming so they glow. */
  lights?: string;
  /** Drawn over everything in panel units (a phone's frame around the picture). */
  frame?: string;
  /** Panel-unit rectangle the world is clipped to (the phone's screen). */
  clip?: { x: number; y: number; w: number; h: number; r: number };
}

export interface BackgroundDef {
  id: string;
  description: string;
  /** Whether a night (or dim) variant exists. */
  hasNight: boolean;
  draw(stage: Stage): BgLayers;
}
