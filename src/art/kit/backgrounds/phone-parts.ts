/** Phones drawn in panel space, framing the picture: the frame, a holding hand and a blurred room behind. */
import { el, P } from '../../svg';
import { INK, SKIN, shade } from '../palette';
import { fillStage, skyFill } from './parts';
import type { Stage } from './types';

export interface PhoneBox {
  /** Outer body. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Screen inside the bezel. */
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  r: number;
}

/** Fit a phone (portrait or landscape) into the panel. */
export function phoneBox(W: number, H: number, landscape: boolean, fill = 0.9): PhoneBox {
  const ratio = landscape ? 2.05 : 1 / 2.05;
  let h = H * fill;
  let w = h * ratio;
  if (w > W * (landscape ? 0.94 : 0.82)) {
    w = W * (landscape ? 0.94 : 0.82);
    h = w / ratio;
  }
  const x = (W - w) / 2;
  const y = (H - h) / 2;
  const b = Math.min(w, h) * 0.045;
  return { x, y, w, h, sx: x + b, sy: y + b * (landscape ? 1 : 1.6), sw: w - 2 * b, sh: h - b * (landscape ? 2 : 3.2), r: Math.min(w, h) * 0.09 };
}

/** A soft, out-of-focus room to sit behind a phone close-up (world units). */
export function blurredRoom(st: Stage): string {
  const n = st.night;
  let s = fillStage(st, skyFill(st, n ? '#27305a' : '#e8c9a0', n ? '#4b3f5e' : '#c98d6a', st.y0, st.y1));
  const cx = (st.x0 + st.x1) / 2;
  const cy = (st.y0 + st.y1) / 2;
  const r = (st.x1 - st.x0) / 8;
  for (const [dx, dy, k, c] of [
    [-3, -1.5, 1.2, n ? '#f2c14e' : '#fff3d6'],
    [2.5, -2, 0.8, n ? '#8fc3e8' : '#ffe2b8'],
    [3.2, 1.4, 1.4, n ? '#e07a5f' : '#f7d2a8'],
    [-2.6, 2, 0.9, n ? '#9b5de5' : '#fde8c8'],
  ] as const)
    s += el('circle', { cx: cx + dx * r, cy: cy + dy * r, r: r * k, fill: c, opacity: '.35' });
  return s;
}

/** A rounded rectangle as path data. */
export function roundRect(x: number, y: number, w: number, h: number, r: number): string {
  return `M${x + r} ${y}H${x + w - r}Q${x + w} ${y} ${x + w} ${y + r}V${y + h - r}Q${x + w} ${y + h} ${x + w - r} ${y + h}H${x + r}Q${x} ${y + h} ${x} ${y + h - r}V${y + r}Q${x} ${y} ${x + r} ${y}Z`;
}

/** The phone body with its screen left open (evenodd), in panel units. */
export function phoneFrame(b: PhoneBox, sw: number): string {
  const body = roundRect(b.x, b.y, b.w, b.h, b.r);
  const screen = roundRect(b.sx, b.sy, b.sw, b.sh, b.r * 0.6);
  return P(body + screen, '#262b35', INK, sw, { 'fill-rule': 'evenodd' }) + P(screen, 'none', '#11141a', sw * 0.6);
}

/** A hand holding the phone from below and the right (panel units). */
export function holdingHand(b: PhoneBox, sw: number, skin: string = SKIN.medium): string {
  const x = b.x + b.w;
  const y = b.y + b.h;
  const u = Math.min(b.w, b.h) / 10;
  const o = { stroke: INK, 'stroke-width': sw, 'stroke-linejoin': 'round' };
  // Palm and wrist coming in from the bottom right, fingers curling round the left edge, thumb on the side.
  return (
    P(
      `M${x + u * 3} ${y + u * 4} L${x - u * 0.6} ${y - u * 1.8} Q${x - u * 1.6} ${y - u * 3.4} ${x + u * 0.2} ${y - u * 4.2} L${x + u * 3.4} ${y - u * 2} L${x + u * 5} ${y + u * 4}Z`,
      shade('#3d5a80', 0),
      undefined,
      undefined,
      o,
    ) +
    P(
      `M${x + u * 0.4} ${y - u * 4.4} Q${x - u * 0.9} ${y - u * 4.8} ${x - u * 1.2} ${y - u * 3.6} Q${x - u * 1.4} ${y - u * 1.8} ${x - u * 0.2} ${y - u * 0.8} Q${x - u * 2} ${y + u * 0.2} ${x - u * 2.6} ${y + u * 1} Q${x + u * 0.2} ${y + u * 2.6} ${x + u * 2.6} ${y + u * 0.6} Q${x + u * 2.8} ${y - u * 2.8} ${x + u * 0.4} ${y - u * 4.4}Z`,
      skin,
      undefined,
      undefined,
      o,
    ) +
    P(
      `M${x - u * 0.3} ${y - u * 4} Q${x - u * 1.6} ${y - u * 5} ${x - u * 2.2} ${y - u * 4.6} Q${x - u * 2.4} ${y - u * 3.8} ${x - u * 1.3} ${y - u * 3.4}`,
      skin,
      undefined,
      undefined,
      o,
    ) +
    P(`M${x - u * 0.8} ${y - u * 2.4} Q${x - u * 0.2} ${y - u * 2} ${x + u * 0.2} ${y - u * 2.4}`, 'none', shade(skin, 0.35), sw * 0.6)
  );
}
