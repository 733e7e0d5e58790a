/** Everyday objects: phone, suitcase, bag, cup of tea, motorcycle, and a fishing crew's basket of fish and life jacket. */
import { el, P } from '../../svg';
import { INK, shade, tint } from '../palette';
import type { Pen } from '../pen';
import type { PropDef } from './types';

const o = (pen: Pen, k = 1): Record<string, string | number> => ({ stroke: INK, 'stroke-width': pen.sw * k, 'stroke-linejoin': 'round' });

export const phone: PropDef = {
  id: 'phone',
  description: 'A smartphone, screen on (shapes only).',
  holdable: true,
  grip: [0, -9],
  draw: (pen) =>
    el('rect', { x: -7, y: -24, width: 14, height: 24, rx: 2.5, fill: '#2c3340', ...o(pen) }) +
    el('rect', { x: -5.4, y: -21.6, width: 10.8, height: 18.4, rx: 1, fill: '#7fc3e8' }) +
    el('rect', { x: -4, y: -19.6, width: 8, height: 5, fill: '#f2c14e' }) +
    P('M-4 -12h8M-4 -9.6h6M-4 -7.2h7', 'none', '#f4f8fb', pen.sw * 0.6),
};

export const suitcase: PropDef = {
  id: 'suitcase',
  description: 'A hard-shell suitcase with a pull handle and wheels.',
  holdable: false,
  grip: [0, -80],
  draw: (pen) => {
    const c = '#3f7cb0';
    return (
      P('M-7 -64 V-80 H7 V-64', 'none', '#6d737c', pen.sw * 1.6) +
      el('rect', { x: -24, y: -66, width: 48, height: 60, rx: 6, fill: c, ...o(pen) }) +
      P('M-12 -62 V-10 M0 -62 V-10 M12 -62 V-10', 'none', shade(c, 0.2), pen.sw * 0.8) +
      el('circle', { cx: -16, cy: -3, r: 3.4, fill: '#2b2b2f', ...o(pen, 0.7) }) +
      el('circle', { cx: 16, cy: -3, r: 3.4, fill: '#2b2b2f', ...o(pen, 0.7) })
    );
  },
};

export const bag: PropDef = {
  id: 'bag',
  description: 'A woven travel bag (tas) with two handles.',
  holdable: true,
  grip: [0, -38],
  draw: (pen) => {
    const c = '#b5473a';
    return (
      P('M-12 -30 Q-12 -42 0 -42 Q12 -42 12 -30', 'none', INK, pen.sw * 2.6) +
      P('M-12 -30 Q-12 -42 0 -42 Q12 -42 12 -30', 'none', shade(c, 0.2), pen.sw * 1.2) +
      P('M-22 -30 H22 L25 -2 Q25 0 22 0 H-22 Q-25 0 -25 -2Z', c, undefined, undefined, o(pen)) +
      P('M-23 -18 H23 M-24 -10 H24', 'none', tint(c, 0.35), pen.sw * 1.2)
    );
  },
};

export const cupOfTea: PropDef = {
  id: 'cup-of-tea',
  description: 'A glass of sweet tea (teh manis) on a saucer.',
  holdable: true,
  grip: [0, -8],
  draw: (pen) =>
    el('ellipse', { cx: 0, cy: -1.5, rx: 10, ry: 2.4, fill: '#e9e4d8', ...o(pen, 0.7) }) +
    P('M-6.5 -18 L6.5 -18 L5.4 -2.5 H-5.4Z', '#c2661f', undefined, undefined, { ...o(pen, 0.8), 'fill-opacity': '.9' }) +
    P('M-6.2 -18 L6.2 -18 L6 -15 H-6Z', '#f4e3c0', undefined, undefined, { opacity: '.7' }) +
    P('M-2 -22 q2 -3 0 -6 M2 -23 q2 -3 0 -6', 'none', '#c9c3b8', pen.sw * 0.6, { 'stroke-linecap': 'round' }),
};

export const motorcycle: PropDef = {
  id: 'motorcycle',
  description: 'A small step-through motorbike (motor bebek), side view, facing right.',
  holdable: false,
  grip: [0, -100],
  draw: (pen) => {
    const body = '#c2372f';
    const wheel = (cx: number): string =>
      el('circle', { cx, cy: -22, r: 22, fill: '#2b2b2f', ...o(pen) }) +
      el('circle', { cx, cy: -22, r: 12, fill: '#b9bcc2', ...o(pen, 0.7) }) +
      el('circle', { cx, cy: -22, r: 3.5, fill: '#55585e' });
    return (
      P('M-72 -26 L-2 -28', 'none', INK, pen.sw * 4.2) +
      P('M-72 -26 L-2 -28', 'none', '#c9ccd2', pen.sw * 2.2) +
      wheel(-58) +
      wheel(62) +
      // Front fork, engine, rear fender and tail.
      P('M62 -22 L47 -100', 'none', INK, pen.sw * 4) +
      P('M62 -22 L47 -100', 'none', '#9aa0a8', pen.sw * 2) +
      P('M-22 -44 H18 L22 -26 H-18Z', '#6d7279', undefined, undefined, o(pen)) +
      P('M-86 -40 Q-84 -58 -70 -64 L-10 -66 Q-4 -56 -10 -46 L-40 -42 Q-60 -48 -76 -36Z', body, undefined, undefined, o(pen)) +
      P('M-84 -46 Q-58 -56 -34 -44', 'none', tint(body, 0.3), pen.sw) +
      // The step-through underbone and the front leg shield.
      P('M-12 -48 Q2 -38 22 -42 Q34 -46 38 -70 L40 -94 Q46 -102 54 -98 L52 -74 Q50 -52 40 -40 Q20 -30 -12 -38Z', body, undefined, undefined, o(pen)) +
      P('M37 -46 Q60 -54 80 -40', 'none', INK, pen.sw * 3) +
      P('M37 -46 Q60 -54 80 -40', 'none', body, pen.sw * 1.4) +
      // Seat.
      P('M-78 -66 Q-80 -76 -70 -77 L-14 -76 Q-6 -75 -8 -66Z', '#2b2b2f', undefined, undefined, o(pen)) +
      // Handlebar and headlight.
      P('M34 -106 L62 -104', 'none', INK, pen.sw * 3.4) +
      P('M34 -106 L62 -104', 'none', '#3a3a40', pen.sw * 1.6) +
      P('M44 -104 Q58 -112 66 -98 Q60 -92 46 -94Z', body, undefined, undefined, o(pen)) +
      el('circle', { cx: 62, cy: -100, r: 4.6, fill: '#fff3c4', ...o(pen, 0.7) }) +
      el('rect', { x: -90, y: -52, width: 7, height: 5, rx: 1.5, fill: '#e2483c', ...o(pen, 0.6) })
    );
  },
};

export const fishCrate: PropDef = {
  id: 'fish-crate',
  description: 'A blue plastic fish basket full of silver fish (carried at the rim, or set on the ground).',
  holdable: true,
  grip: [-26, -30],
  draw: (pen) => {
    const c = '#2f7fc0';
    let fish = '';
    for (const x of [-22, -6, 10]) fish += `M${x - 6} -34q8 -8 16 0q-8 5 -16 0zM${x + 10} -34l5 -4v8z`;
    return (
      P(fish, '#b9c6cf', undefined, undefined, o(pen, 0.6)) +
      P('M-30 -34 H30 L26 0 H-26Z', c, undefined, undefined, o(pen)) +
      P('M-27 -22h54M-26 -11h52M-10 -34v34M10 -34v34', 'none', shade(c, 0.3), pen.sw * 1.2) +
      el('rect', { x: -32, y: -37, width: 64, height: 5, rx: 2, fill: shade(c, 0.1), ...o(pen, 0.8) })
    );
  },
};

export const lifeJacket: PropDef = {
  id: 'life-jacket',
  description: 'An orange life jacket with reflective strips and buckles, held up by its shoulder (safety training, a boat).',
  holdable: true,
  grip: [-10, -56],
  draw: (pen) => {
    const c = '#ef6c2a';
    return (
      P('M-22 -54 Q-14 -58 -8 -52 L-4 -36 L4 -36 L8 -52 Q14 -58 22 -54 L24 -6 Q24 0 18 0 H-18 Q-24 0 -24 -6Z', c, undefined, undefined, o(pen)) +
      P('M-4 -36 L-2 0 M4 -36 L2 0', 'none', INK, pen.sw * 0.7) +
      P('M-23 -26h19M4 -26h19M-23 -12h20M3 -12h20', 'none', '#e8edf0', pen.sw * 2.2) +
      el('rect', { x: -5, y: -22, width: 10, height: 6, rx: 1, fill: '#2b2b2f', ...o(pen, 0.5) }) +
      el('rect', { x: -5, y: -9, width: 10, height: 6, rx: 1, fill: '#2b2b2f', ...o(pen, 0.5) })
    );
  },
};
