/** Arms and legs as outlined tubes, hands and feet. */
import { el, g, num, P, pts, tf } from '../../svg';
import { INK, shade } from '../palette';
import type { Pen } from '../pen';
import type { HandShape } from './poses';
import type { Point, ShoeSpec } from './types';

/** A tube along the points: a wide dark stroke under a narrower coloured one. */
export function tube(pen: Pen, points: readonly Point[], width: number, color: string): string {
  const p = pts(points);
  const common = { fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  return (
    el('polyline', { points: p, ...common, stroke: INK, 'stroke-width': width + 2 * pen.sw }) +
    el('polyline', { points: p, ...common, stroke: color, 'stroke-width': width })
  );
}

/** A short sleeve: rounded at the shoulder, cut straight at the end. */
export function sleeve(pen: Pen, a: Point, b: Point, width: number, color: string): string {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy) || 1;
  const nx = (-dy / len) * (width / 2);
  const ny = (dx / len) * (width / 2);
  const p = pts([a, b]);
  const ends = { fill: 'none', 'stroke-linecap': 'butt' };
  return (
    el('circle', { cx: a[0], cy: a[1], r: width / 2 + pen.sw, fill: INK }) +
    el('polyline', { points: p, ...ends, stroke: INK, 'stroke-width': width + 2 * pen.sw }) +
    el('circle', { cx: a[0], cy: a[1], r: width / 2, fill: color }) +
    el('polyline', { points: p, ...ends, stroke: color, 'stroke-width': width }) +
    P(`M${num(b[0] + nx)} ${num(b[1] + ny)} L${num(b[0] - nx)} ${num(b[1] - ny)}`, 'none', INK, pen.sw, { 'stroke-linecap': 'round' })
  );
}

export const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
export const angleOf = (a: Point, b: Point): number => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;

/**
 * A hand at the wrist, pointing along `angle` (degrees). Drawn along +x with the thumb towards -y;
 * `flip` mirrors the thumb to +y.
 */
export function hand(pen: Pen, shape: HandShape, at: Point, angle: number, skin: string, flip: boolean): string {
  const o = { stroke: INK, 'stroke-width': pen.sw, 'stroke-linejoin': 'round' };
  const line = (d: string): string => P(d, 'none', INK, pen.sw * 0.7, { 'stroke-linecap': 'round' });
  let body = '';
  switch (shape) {
    case 'rest':
      body =
        P('M2 -4 C4 -8.5 8.5 -8.5 9 -5.5 C8.5 -4 7 -3.5 6 -3', skin, INK, pen.sw, { 'stroke-linejoin': 'round' }) +
        P('M-1 -4.6 C3 -5.6 8 -5.4 10.5 -2.6 C12.6 0.5 11 5.2 6.6 5.7 C3 6.1 0 5.1 -1 4.6Z', skin, undefined, undefined, o) +
        line('M7.5 1 L11 1.6');
      break;
    case 'fist':
    case 'hold':
      body =
        P('M-1 -5.2 C4 -6.6 10.5 -6 10.8 0 C11 5.8 4.5 6.8 -1 5.2Z', skin, undefined, undefined, o) +
        P('M1.5 -5.4 C3.5 -8.4 8 -8 8.4 -5', skin, INK, pen.sw, { 'stroke-linejoin': 'round' }) +
        line('M7 -1.6 L10.4 -1.6 M7 1.8 L10.4 1.8');
      break;
    case 'open':
      // Palm up and out, fingers together, thumb up: the talking gesture.
      body =
        P('M4 -4.5 C4.5 -9.5 8.5 -11.5 10.5 -10 C11.8 -8.6 9.6 -6.4 8.2 -4.6', skin, INK, pen.sw, { 'stroke-linejoin': 'round' }) +
        P('M-1 -4.5 L7.5 -5.2 C11.5 -5.6 16.8 -4.6 17 -1.8 C17.2 0.8 14 1.6 11.2 1.9 C9 4.4 5 5.6 -1 4.6Z', skin, undefined, undefined, o) +
        line('M10 -1.8 L15 -1.6');
      break;
    case 'palm':
      // Palm up, flat: offering something.
      body =
        P('M-1 -4 C4 -5.4 10 -6 15.5 -4.6 C18.2 -3.6 17.6 -0.8 15 -0.4 C11 0.4 8 3.6 4 5 C1.5 5.6 0 5 -1 4.4Z', skin, undefined, undefined, o) +
        P('M5 -4.6 C6 -8.6 9.6 -9.6 11 -8 C12 -6.8 10.6 -5.6 9.4 -5', skin, INK, pen.sw, { 'stroke-linejoin': 'round' });
      break;
    case 'point':
      body =
        P('M7 -5.8 L17 -5.6 C19.4 -5.5 19.4 -2 17 -2 L7 -2Z', skin, undefined, undefined, o) +
        P('M-1 -5.2 C4 -6.6 10.5 -6 10.8 0 C11 5.8 4.5 6.8 -1 5.2Z', skin, undefined, undefined, o) +
        line('M6.5 1.6 L10.4 1.6');
      break;
    case 'wave': {
      // Open hand, fingers spread.
      let fingers = '';
      for (const [a, len] of [
        [-62, 8],
        [-22, 11],
        [0, 12],
        [20, 11],
        [40, 9],
      ] as const) {
        const r = (a * Math.PI) / 180;
        const base: Point = [7 + Math.cos(r) * 3, Math.sin(r) * 4.2];
        const tip: Point = [base[0] + Math.cos(r) * len, base[1] + Math.sin(r) * len];
        fingers += tube(pen, [base, tip], 3.8, skin);
      }
      body = fingers + el('ellipse', { cx: 5.5, cy: 0, rx: 7.5, ry: 7, fill: skin, ...o });
      break;
    }
  }
  return g({ transform: tf(at[0], at[1], 1, flip ? -1 : 1, 0) }, g({ transform: `rotate(${num(angle)})` }, body));
}

/** A foot at the ankle; the sole lies 7 units below the ankle. Points right. */
export function foot(pen: Pen, shoe: ShoeSpec, skin: string, at: Point, rot = 0): string {
  const o = { stroke: INK, 'stroke-width': pen.sw, 'stroke-linejoin': 'round' };
  let body: string;
  switch (shoe.kind) {
    case 'sandals':
      body =
        P('M-6.5 4.5 L15.5 4.5 Q17.5 4.5 17.5 6 Q17.5 7.5 15.5 7.5 L-6 7.5 Q-8 7.5 -8 6 Q-8 4.5 -6.5 4.5Z', shoe.color, undefined, undefined, o) +
        P('M-5.5 -3 C-4 -6.5 3 -6 6 -2.5 C10 -0.5 15.5 0.5 15.5 3.5 L15.5 4.5 L-6 4.5 Z', skin, undefined, undefined, o) +
        P('M3 -2.2 L8 4 M3 -2.2 L11 1.6', 'none', shoe.color, 1.8, { 'stroke-linecap': 'round' });
      break;
    case 'flats':
      body =
        P('M-5.5 -3 C-4 -6.5 3 -6 6 -2.5 C10 -0.6 15 0.6 15 3.8 L15 5 Q15 7 13 7 L-5 7 Q-7 7 -7 5Z', skin, undefined, undefined, o) +
        P('M-7 1 L5 0 C9 1 14 1.6 15 3.8 L15 5 Q15 7 13 7 L-5 7 Q-7 7 -7 5Z', shoe.color, undefined, undefined, o);
      break;
    case 'boots':
      body =
        P('M-6.5 -9 L5.5 -9 L6 -2 C10 -1 16.5 0 16.5 4 L16.5 5 Q16.5 7 14 7 L-6 7 Q-7.5 7 -7.5 5Z', shoe.color, undefined, undefined, o) +
        P('M-7.5 5 L16.5 5', 'none', INK, pen.sw * 0.7);
      break;
    case 'sneakers':
      body =
        P('M-6.5 -4 C-6 -7.5 2.5 -8 5.5 -5 C10 -3 16.5 -2 16.5 2.5 L16.5 4.5 Q16.5 7 14 7 L-5.5 7 Q-7.5 7 -7.5 4.5Z', shoe.color, undefined, undefined, o) +
        P('M-7.5 3.6 L16.5 3.6 L16.5 4.5 Q16.5 7 14 7 L-5.5 7 Q-7.5 7 -7.5 4.5Z', '#f4f1ea', undefined, undefined, o) +
        P('M1 -4 L4 -1.2 M3.5 -5 L6.5 -2.4', 'none', INK, pen.sw * 0.6);
      break;
    case 'shoes':
      body =
        P('M-6.5 -3.5 C-6 -7.5 2.5 -7.8 5.5 -5 C10 -3 16 -2.5 16.5 2 L16.5 4.5 Q16.5 7 14 7 L-5.5 7 Q-7.5 7 -7.5 4.5Z', shoe.color, undefined, undefined, o) +
        P('M-7.5 5 L16.5 5', 'none', shade(shoe.color, 0.5), pen.sw * 0.8) +
        P('M6 -3 Q10 -2.2 12 0', 'none', '#ffffff', 0.9, { opacity: '.35', 'stroke-linecap': 'round' });
      break;
  }
  return g({ transform: tf(at[0], at[1], 1, 1, rot) }, body);
}
