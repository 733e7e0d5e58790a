/**
 * Furniture to place in front of or behind characters. Things are drawn in depth order by their y,
 * so an officer placed a little higher (further back) than a desk is drawn behind it.
 */
import { el, P } from '../../svg';
import { corkBoard } from '../backgrounds/offices';
import { INK, shade, tint } from '../palette';
import type { Pen } from '../pen';
import type { PropDef } from './types';

const o = (pen: Pen, k = 1): Record<string, string | number> => ({ stroke: INK, 'stroke-width': pen.sw * k, 'stroke-linejoin': 'round' });

export const desk: PropDef = {
  id: 'desk',
  description: 'An office desk seen from the front with a monitor, papers and a pen cup (about 160 wide).',
  holdable: false,
  grip: [0, -90],
  draw: (pen) => {
    const c = '#a97a4f';
    return (
      el('rect', { x: 12, y: -150, width: 62, height: 42, rx: 3, fill: '#2d3340', ...o(pen) }) +
      el('rect', { x: 16, y: -146, width: 54, height: 34, fill: '#7fb7d9' }) +
      P('M20 -140h30M20 -134h40M20 -128h24', 'none', '#e8f3fa', pen.sw * 0.8) +
      el('rect', { x: 39, y: -108, width: 8, height: 12, fill: '#4a4f5a', ...o(pen, 0.7) }) +
      P('M-60 -96 l5 -6 h34 l-5 6z', '#fbf8f0', undefined, undefined, o(pen, 0.7)) +
      el('rect', { x: -14, y: -108, width: 10, height: 12, rx: 1.5, fill: '#3f7cb0', ...o(pen, 0.7) }) +
      P('M-11 -108 l-2 -8 M-7 -108 l1 -9', 'none', INK, pen.sw * 0.8) +
      el('rect', { x: -82, y: -97, width: 164, height: 11, fill: tint(c, 0.12), ...o(pen) }) +
      el('rect', { x: -76, y: -86, width: 152, height: 86, fill: c, ...o(pen) }) +
      P('M-76 -56 H76 M20 -86 V0', 'none', shade(c, 0.3), pen.sw * 0.7) +
      el('rect', { x: 34, y: -76, width: 26, height: 5, rx: 2, fill: shade(c, 0.3) })
    );
  },
};

export const counter: PropDef = {
  id: 'counter',
  description: 'A service counter with a glass screen on top (about 240 wide, 110 high).',
  holdable: false,
  grip: [0, -110],
  draw: (pen) => {
    const c = '#dcd6c8';
    return (
      el('rect', { x: -100, y: -170, width: 200, height: 58, fill: '#cfe8f0', 'fill-opacity': '.35', ...o(pen, 0.8) }) +
      P('M-60 -166 l30 -0 M60 -160 l-20 20', 'none', '#ffffff', pen.sw, { opacity: '.7' }) +
      el('rect', { x: -124, y: -114, width: 248, height: 12, fill: '#8a6a4a', ...o(pen) }) +
      el('rect', { x: -118, y: -102, width: 236, height: 102, fill: c, ...o(pen) }) +
      el('rect', { x: -118, y: -70, width: 236, height: 12, fill: '#2f6f9f' })
    );
  },
};

export const lowTable: PropDef = {
  id: 'low-table',
  description: 'A low wooden table (meja pendek) for sitting on the floor, with two glasses of tea.',
  holdable: false,
  grip: [0, -40],
  draw: (pen) => {
    const c = '#8a5a34';
    const glass = (x: number): string => P(`M${x - 5} -50 L${x + 5} -50 L${x + 4} -37 H${x - 4}Z`, '#c2661f', undefined, undefined, o(pen, 0.7));
    return (
      glass(-20) +
      glass(8) +
      el('ellipse', { cx: 34, cy: -40, rx: 12, ry: 3, fill: '#e8e0cf', ...o(pen, 0.7) }) +
      el('rect', { x: -70, y: -37, width: 140, height: 8, fill: tint(c, 0.1), ...o(pen) }) +
      el('rect', { x: -62, y: -29, width: 9, height: 29, fill: shade(c, 0.2), ...o(pen) }) +
      el('rect', { x: 53, y: -29, width: 9, height: 29, fill: shade(c, 0.2), ...o(pen) })
    );
  },
};

export const bench: PropDef = {
  id: 'bench',
  description: 'A long wooden bench (bangku panjang).',
  holdable: false,
  grip: [0, -56],
  draw: (pen) => {
    const c = '#a8733f';
    return (
      el('rect', { x: -84, y: -52, width: 6, height: 52, fill: shade(c, 0.25), ...o(pen) }) +
      el('rect', { x: 78, y: -52, width: 6, height: 52, fill: shade(c, 0.25), ...o(pen) }) +
      el('rect', { x: -94, y: -59, width: 188, height: 8, rx: 1.5, fill: c, ...o(pen) })
    );
  },
};

export const chair: PropDef = {
  id: 'chair',
  description: 'A plain office chair, empty.',
  holdable: false,
  grip: [0, -60],
  draw: (pen) => {
    const c = '#3d6fa6';
    return (
      el('rect', { x: -24, y: -120, width: 48, height: 50, rx: 6, fill: c, ...o(pen) }) +
      el('rect', { x: -4, y: -72, width: 8, height: 12, fill: '#6d7279', ...o(pen, 0.7) }) +
      el('rect', { x: -28, y: -62, width: 56, height: 12, rx: 4, fill: shade(c, 0.15), ...o(pen) }) +
      P('M0 -50 V-14 M-24 -2 L0 -14 L24 -2', 'none', '#55585e', pen.sw * 2)
    );
  },
};

export const plasticChair: PropDef = {
  id: 'plastic-chair',
  description: 'A red plastic chair, empty (the kind found at every hajatan).',
  holdable: false,
  grip: [0, -60],
  draw: (pen) => {
    const c = '#c8423a';
    return (
      P('M-24 -126 C-27 -108 -25 -80 -20 -60 L20 -60 C25 -80 27 -108 24 -126 Q0 -132 -24 -126Z', c, undefined, undefined, o(pen)) +
      P('M-26 -56 L-32 0 L-26 0 L-16 -56Z M26 -56 L32 0 L26 0 L16 -56Z', shade(c, 0.2), undefined, undefined, o(pen)) +
      P('M-32 -62 Q0 -66 32 -62 L31 -53 Q0 -56 -31 -53Z', c, undefined, undefined, o(pen)) +
      P('M-16 -116 H16 M-16 -108 H16', 'none', shade(c, 0.25), pen.sw)
    );
  },
};

export const noticeBoardStand: PropDef = {
  id: 'notice-board',
  description: 'A cork notice board on a stand, with pinned papers of lines and shapes (no words); about 130 wide, 170 high.',
  holdable: false,
  grip: [0, -170],
  draw: (pen) => P('M-52 -80 L-58 0 M52 -80 L58 0 M-56 -20 H56', 'none', '#6b4a2e', pen.sw * 3) + corkBoard(-65, -172, 130, 92, INK, pen.sw),
};

export const computerDesk: PropDef = {
  id: 'computer-desk',
  description:
    'A desk seen from the front with a keyboard on top and a monitor turned away (its back to us, on the right): someone behind it can type (pose "type"; place them a little further back, y 0.02 less).',
  holdable: false,
  grip: [0, -90],
  draw: (pen) => {
    const c = '#9a8a76';
    return (
      el('rect', { x: 40, y: -160, width: 66, height: 52, rx: 3, fill: '#3b404a', ...o(pen) }) +
      el('rect', { x: 66, y: -108, width: 12, height: 12, fill: '#4a4f5a', ...o(pen, 0.7) }) +
      el('rect', { x: -34, y: -100, width: 64, height: 6, rx: 1.5, fill: '#d9dce0', ...o(pen, 0.7) }) +
      el('rect', { x: -82, y: -94, width: 164, height: 10, fill: tint(c, 0.15), ...o(pen) }) +
      el('rect', { x: -76, y: -84, width: 152, height: 84, fill: c, ...o(pen) }) +
      P('M-76 -54 H76', 'none', shade(c, 0.3), pen.sw * 0.7)
    );
  },
};
