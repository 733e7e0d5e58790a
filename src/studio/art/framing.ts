/**
 * Framing a picture in a panel of another shape: either it fills the panel and the author chooses which part shows
 * (zoom, and where the window sits left–right and top–bottom), or it is shown whole with empty bands beside it.
 * Pure: the framing preview and the final drawing use the same rectangles, so what the author sees is what is kept.
 */
import type { Size } from '../../story/art-file/dimensions';

export type Fit = 'fill' | 'whole';

export interface Framing {
  fit: Fit;
  /** 1 shows as much of the picture as fills the panel; up to MAX_ZOOM closer. */
  zoom: number;
  /** Where the panel's window sits in what is left over, 0 (left, top) to 1 (right, bottom). */
  x: number;
  y: number;
}

export const MAX_ZOOM = 4;
export const START_FRAMING: Framing = { fit: 'fill', zoom: 1, x: 0.5, y: 0.5 };

/** The part of the picture drawn (s…) and where in the panel it goes (d…), in pixels. */
export interface Placement {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  dx: number;
  dy: number;
  dw: number;
  dh: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export function placement(picture: Size, panel: Size, framing: Framing): Placement {
  if (framing.fit === 'whole') {
    const scale = Math.min(panel.width / picture.width, panel.height / picture.height);
    const dw = picture.width * scale;
    const dh = picture.height * scale;
    return { sx: 0, sy: 0, sw: picture.width, sh: picture.height, dx: (panel.width - dw) / 2, dy: (panel.height - dh) / 2, dw, dh };
  }
  const scale = Math.max(panel.width / picture.width, panel.height / picture.height) * clamp(framing.zoom, 1, MAX_ZOOM);
  const sw = panel.width / scale;
  const sh = panel.height / scale;
  return {
    sx: (picture.width - sw) * clamp(framing.x, 0, 1),
    sy: (picture.height - sh) * clamp(framing.y, 0, 1),
    sw,
    sh,
    dx: 0,
    dy: 0,
    dw: panel.width,
    dh: panel.height,
  };
}

/** How the picture's shape meets the panel's: the same (nothing to frame), or the share of it filling would cut off. */
export function shapeFit(picture: Size, panel: Size): { same: true } | { same: false; cutShare: number; cut: 'sides' | 'top and bottom' } {
  const pictureAspect = picture.width / picture.height;
  const panelAspect = panel.width / panel.height;
  const ratio = pictureAspect / panelAspect;
  if (Math.abs(ratio - 1) < 0.02) return { same: true };
  return ratio > 1 ? { same: false, cutShare: 1 - 1 / ratio, cut: 'sides' } : { same: false, cutShare: 1 - ratio, cut: 'top and bottom' };
}

/**
 * A drag of (dx, dy) pixels over a preview `shown` wide and high moves the window the other way, as if the picture
 * were pulled under it; the result stays within the picture.
 */
export function dragged(framing: Framing, picture: Size, shown: Size, dx: number, dy: number): Framing {
  const { sw, sh } = placement(picture, shown, framing);
  const perPixel = sw / shown.width; // picture pixels per preview pixel
  const slackX = picture.width - sw;
  const slackY = picture.height - sh;
  return {
    ...framing,
    x: slackX > 0 ? clamp(framing.x - (dx * perPixel) / slackX, 0, 1) : framing.x,
    y: slackY > 0 ? clamp(framing.y - (dy * perPixel) / slackY, 0, 1) : framing.y,
  };
}
