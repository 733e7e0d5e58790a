/** What a sitting character sits on, drawn under them (seat top at y = -56). */
import { el, P } from '../../svg';
import { INK, shade, tint } from '../palette';
import type { Pen } from '../pen';

export const SEATS = ['stool', 'bench', 'chair', 'plastic-chair', 'none', 'cushion'] as const;
export type SeatKind = (typeof SEATS)[number];

const WOOD = '#a8733f';

export function seat(pen: Pen, kind: SeatKind): string {
  const o = { stroke: INK, 'stroke-width': pen.sw, 'stroke-linejoin': 'round' };
  const dark = shade(WOOD, 0.25);
  switch (kind) {
    case 'none':
      return '';
    case 'cushion':
      return P('M-38 -2 C-40 -12 -30 -14 0 -14 C30 -14 40 -12 38 -2 C30 2 -30 2 -38 -2Z', '#b5473a', undefined, undefined, o);
    case 'stool':
      return (
        el('rect', { x: -20, y: -52, width: 5, height: 52, fill: dark, ...o }) +
        el('rect', { x: 34, y: -52, width: 5, height: 52, fill: dark, ...o }) +
        el('rect', { x: -16, y: -26, width: 52, height: 4, fill: dark, ...o }) +
        el('rect', { x: -26, y: -59, width: 70, height: 8, rx: 1.5, fill: WOOD, ...o })
      );
    case 'bench':
      return (
        el('rect', { x: -44, y: -52, width: 5, height: 52, fill: dark, ...o }) +
        el('rect', { x: 50, y: -52, width: 5, height: 52, fill: dark, ...o }) +
        el('rect', { x: -54, y: -59, width: 118, height: 8, rx: 1.5, fill: WOOD, ...o }) +
        P('M-50 -55 L60 -55', 'none', tint(WOOD, 0.25), pen.sw * 0.6)
      );
    case 'chair':
      return (
        el('rect', { x: -30, y: -130, width: 6, height: 130, rx: 1.5, fill: dark, ...o }) +
        el('rect', { x: -32, y: -126, width: 12, height: 34, rx: 2, fill: WOOD, ...o }) +
        el('rect', { x: 36, y: -54, width: 5, height: 54, fill: dark, ...o }) +
        el('rect', { x: -30, y: -60, width: 74, height: 8, rx: 1.5, fill: WOOD, ...o })
      );
    case 'plastic-chair': {
      const c = '#c8423a';
      return (
        P('M-33 -128 C-36 -110 -34 -80 -28 -60 L-18 -60 C-22 -80 -23 -108 -22 -126Z', c, undefined, undefined, o) +
        P('M-24 -56 L-30 0 L-24 0 L-15 -56Z M34 -56 L42 0 L36 0 L27 -56Z', shade(c, 0.2), undefined, undefined, o) +
        P('M-30 -62 Q8 -66 46 -61 L45 -53 Q8 -56 -29 -53Z', c, undefined, undefined, o)
      );
    }
  }
}
