/** Paper things: passport, contract, banknotes, envelope, ID card, stamp. No words: lines and shapes. */
import { el, g, P } from '../../svg';
import { GOLD, INK, shade } from '../palette';
import type { Pen } from '../pen';
import type { PropDef } from './types';

const o = (pen: Pen, k = 1): Record<string, string | number> => ({ stroke: INK, 'stroke-width': pen.sw * k, 'stroke-linejoin': 'round' });

/** Grey lines standing for text. */
function lines(pen: Pen, x: number, y: number, w: number, n: number, gap: number, color = '#a7a196'): string {
  let d = '';
  for (let i = 0; i < n; i++) d += `M${x} ${y + i * gap}h${i === n - 1 ? w * 0.6 : w}`;
  return P(d, 'none', color, pen.sw * 0.7, { 'stroke-linecap': 'round' });
}

export const passport: PropDef = {
  id: 'passport',
  description: 'Indonesian-style passport: dark green cover with a gold emblem circle (no words).',
  holdable: true,
  grip: [0, -10],
  draw: (pen) =>
    el('rect', { x: -9, y: -25, width: 18, height: 25, rx: 1.5, fill: '#1f5a44', ...o(pen) }) +
    el('circle', { cx: 0, cy: -15, r: 4.4, fill: 'none', stroke: GOLD, 'stroke-width': pen.sw * 0.7 }) +
    P('M-2.4 -15 L0 -18 L2.4 -15 L0 -12Z', GOLD) +
    P('M-5 -6h10', 'none', GOLD, pen.sw * 0.6) +
    P('M-9 -23.5 h1.6 v22.5 h-1.6', shade('#1f5a44', 0.3)),
};

export const contract: PropDef = {
  id: 'contract',
  description: 'Contract papers: a stapled stack with lines of text and a signature line.',
  holdable: true,
  grip: [-10, -16],
  draw: (pen) =>
    g({ transform: 'rotate(-3)' }, el('rect', { x: -14, y: -40, width: 28, height: 38, fill: '#ece6d6', ...o(pen, 0.8) })) +
    el('rect', { x: -14, y: -40, width: 28, height: 38, fill: '#fbf8f0', ...o(pen, 0.8) }) +
    P('M-9 -35h18', 'none', '#4a4a4a', pen.sw * 0.9) +
    lines(pen, -10, -30, 20, 5, 4) +
    P('M2 -8 q2 -4 4 0 t4 -1', 'none', '#2b4ea2', pen.sw * 0.6) +
    P('M-11 -39 l4 0', 'none', '#8a8a8a', pen.sw * 1.2),
};

export const money: PropDef = {
  id: 'money',
  description: 'A fan of banknotes (red and blue, no numbers).',
  holdable: true,
  grip: [0, -6],
  draw: (pen) => {
    const note = (rot: number, c: string): string =>
      g(
        { transform: `rotate(${rot})` },
        el('rect', { x: -15, y: -22, width: 30, height: 14, rx: 1, fill: c, ...o(pen, 0.7) }) +
          el('ellipse', { cx: 6, cy: -15, rx: 4, ry: 5, fill: shade(c, 0.2) }) +
          el('rect', { x: -12, y: -19, width: 9, height: 8, fill: 'none', stroke: shade(c, 0.3), 'stroke-width': pen.sw * 0.5 }),
      );
    return note(-16, '#4f86c6') + note(-6, '#d9675c') + note(4, '#d9675c') + note(14, '#e26a5c');
  },
};

export const envelope: PropDef = {
  id: 'envelope',
  description: 'A fat brown envelope with banknotes peeking out (uang pengikat).',
  holdable: true,
  grip: [0, -8],
  draw: (pen) =>
    el('rect', { x: -12, y: -26, width: 22, height: 9, fill: '#d9675c', ...o(pen, 0.6), transform: 'rotate(-6)' }) +
    el('rect', { x: -17, y: -22, width: 34, height: 22, rx: 1.5, fill: '#c99a5b', ...o(pen) }) +
    P('M-17 -22 L0 -10 L17 -22', 'none', INK, pen.sw * 0.8) +
    P('M-15 -2 L-4 -11 M15 -2 L4 -11', 'none', shade('#c99a5b', 0.25), pen.sw * 0.6),
};

export const idCard: PropDef = {
  id: 'id-card',
  description: 'An ID card (KTP-like): blue card with a photo square and lines.',
  holdable: true,
  grip: [-8, -7],
  draw: (pen) =>
    el('rect', { x: -13, y: -17, width: 26, height: 17, rx: 2, fill: '#8cc4e8', ...o(pen, 0.8) }) +
    el('rect', { x: 3, y: -14, width: 8, height: 10, fill: '#f2ede2', stroke: INK, 'stroke-width': pen.sw * 0.4 }) +
    el('circle', { cx: 7, cy: -10.6, r: 2, fill: '#b98a62' }) +
    lines(pen, -10, -12, 10, 3, 3.4, '#4f6f8a'),
};

export const stamp: PropDef = {
  id: 'stamp',
  description: 'A rubber office stamp with a round imprint on a sheet.',
  holdable: true,
  grip: [0, -30],
  draw: (pen) =>
    el('rect', { x: -20, y: -4, width: 34, height: 4, fill: '#fbf8f0', ...o(pen, 0.6) }) +
    el('ellipse', { cx: 8, cy: -2, rx: 5, ry: 1.4, fill: 'none', stroke: '#6a5acd', 'stroke-width': pen.sw * 0.6 }) +
    el('rect', { x: -12, y: -12, width: 16, height: 8, rx: 1, fill: '#3c3c44', ...o(pen) }) +
    el('rect', { x: -7, y: -26, width: 6, height: 14, fill: '#8a5a34', ...o(pen) }) +
    el('ellipse', { cx: -4, cy: -29, rx: 7, ry: 5, fill: '#8a5a34', ...o(pen) }),
};

export const notebook: PropDef = {
  id: 'notebook',
  description: 'A small spiral notebook lying open, lined pages with a few written lines, a pen across it (for notes, records of hours and pay).',
  holdable: true,
  grip: [-12, -10],
  draw: (pen) => {
    let rings = '';
    for (let y = -20; y <= -4; y += 4) rings += `M-1.6 ${y}h3.2`;
    return (
      el('rect', { x: -17, y: -23, width: 34, height: 23, rx: 1.5, fill: '#e07a2f', ...o(pen) }) +
      el('rect', { x: -15, y: -22, width: 14, height: 20, fill: '#fbf8f0', ...o(pen, 0.6) }) +
      el('rect', { x: 1, y: -22, width: 14, height: 20, fill: '#fbf8f0', ...o(pen, 0.6) }) +
      lines(pen, -13, -17, 10, 4, 3.6, '#6f8fb0') +
      lines(pen, 3, -17, 10, 2, 3.6, '#6f8fb0') +
      P(rings, 'none', '#6d737c', pen.sw * 0.9, { 'stroke-linecap': 'round' }) +
      g({ transform: 'rotate(-28 6 -6)' }, el('rect', { x: -2, y: -7.5, width: 20, height: 3, rx: 1, fill: '#2a5da8', ...o(pen, 0.5) }))
    );
  },
};
