/**
 * Sea and fishing things shared by the harbour, the boat and the open sea: water with wave lines,
 * a wooden fishing boat, a heap of nets, plastic fish baskets, a bollard, a coil of rope.
 * World units, soft outlines, no words or numbers on any hull.
 */
import { el, num, P } from '../../svg';
import { BG_INK, shade, tint } from '../palette';
import { box, fillStage, glow, lw, repeatX, skyFill } from './parts';
import type { Stage } from './types';

export const SEA = { day: '#3f8fb5', dayFar: '#8cc3dc', night: '#1f3a63', nightFar: '#3b5687' } as const;

/** Water from the horizon down to `to`: a gradient, darker near, with short wave strokes in rows. */
export function water(st: Stage, horizon: number, to: number): string {
  const n = st.night;
  let s = fillStage(st, skyFill(st, n ? SEA.nightFar : SEA.dayFar, n ? SEA.night : SEA.day, horizon, to), horizon, to);
  let waves = '';
  let y = horizon + 8;
  let row = 0;
  while (y < to - 4) {
    const step = 80 + (y - horizon) * 1.1;
    const len = 10 + (y - horizon) * 0.12;
    for (const x of repeatX(st, (row % 2) * step * 0.5, step)) waves += `M${num(x)} ${num(y)}q${num(len / 2)} ${num(-len * 0.18)} ${num(len)} 0`;
    y += 9 + (y - horizon) * 0.25;
    row++;
  }
  s += P(waves, 'none', n ? '#5f7fb0' : tint(SEA.day, 0.45), lw(st, 0.9));
  return s;
}

/** The painted colours of one boat: hull, stripe, wheelhouse. */
export interface BoatColours {
  hull: string;
  stripe: string;
  house: string;
}

export const BOAT_COLOURS: readonly BoatColours[] = [
  { hull: '#2f6fb0', stripe: '#f4f1e8', house: '#e9e2cf' },
  { hull: '#d0463b', stripe: '#f2c14e', house: '#f4f1e8' },
  { hull: '#2e8a6e', stripe: '#f4f1e8', house: '#f2d9a0' },
  { hull: '#f4f1e8', stripe: '#2f6fb0', house: '#9fc3d8' },
];

/**
 * A wooden fishing boat seen from the side, bow to the right, its waterline on `y`; `k` scales it
 * (k = 1 is about 340 long). At night its lamps go to `light`.
 */
export function fishingBoat(st: Stage, x: number, y: number, k: number, c: BoatColours, flip = false): { svg: string; light: string } {
  const f = flip ? -1 : 1;
  const X = (v: number): string => num(x + f * v * k);
  const Y = (v: number): string => num(y + v * k);
  const n = st.night;
  const hull = `M${X(-165)} ${Y(-58)} Q${X(0)} ${Y(-40)} ${X(175)} ${Y(-84)} L${X(150)} ${Y(0)} H${X(-150)}Z`;
  let s = '';
  // Mast and its rigging behind the house.
  s += P(`M${X(40)} ${Y(-50)}V${Y(-215)}M${X(40)} ${Y(-205)}L${X(170)} ${Y(-84)}M${X(40)} ${Y(-205)}L${X(-160)} ${Y(-62)}`, 'none', '#6b5a48', lw(st, 1));
  s += P(`M${X(40)} ${Y(-212)}l${num(f * 34 * k)} ${num(4 * k)}l${num(-f * 34 * k)} ${num(8 * k)}z`, '#d6312d', BG_INK, lw(st, 0.6));
  // Wheelhouse with a roof and windows.
  s +=
    box(st, x + f * -125 * k - (flip ? 80 * k : 0), y - 132 * k, 80 * k, 80 * k, c.house) +
    box(st, x + f * -134 * k - (flip ? 98 * k : 0), y - 142 * k, 98 * k, 12 * k, shade(c.hull, 0.15));
  const win = `M${X(-114)} ${Y(-118)}h${num(f * 24 * k)}v${num(22 * k)}h${num(-f * 24 * k)}zM${X(-80)} ${Y(-118)}h${num(f * 24 * k)}v${num(22 * k)}h${num(-f * 24 * k)}z`;
  s += P(win, n ? '#ffd98a' : '#2d3f55', BG_INK, lw(st, 0.6));
  // Hull, a stripe under the gunwale, and the dark bottom at the waterline.
  s += P(hull, c.hull, BG_INK, lw(st));
  s += P(`M${X(-163)} ${Y(-48)} Q${X(0)} ${Y(-30)} ${X(172)} ${Y(-72)} L${X(170)} ${Y(-62)} Q${X(0)} ${Y(-20)} ${X(-161)} ${Y(-38)}Z`, c.stripe);
  s += P(`M${X(-150)} ${Y(0)} H${X(150)} L${X(154)} ${Y(-12)} Q${X(0)} ${Y(-8)} ${X(-154)} ${Y(-12)}Z`, shade(c.hull, 0.45));
  // Far boats (small k) are many and small: no eye and no lamps by day, one glow at night (fewer elements for slow phones).
  if (k < 0.5) return { svg: s, light: n ? glow(st, x, y - 170 * k, 190 * k, '#fff3c4', 0.45) + P(win, '#ffd98a') : '' };
  // An eye on the bow, as Indonesian boats often carry.
  s +=
    el('circle', { cx: x + f * 140 * k, cy: y - 58 * k, r: 5 * k, fill: '#f4f1e8', stroke: BG_INK, 'stroke-width': lw(st, 0.6) }) +
    el('circle', { cx: x + f * 141 * k, cy: y - 58 * k, r: 2.2 * k, fill: '#1f1b24' });
  // A string of lamps from the mast to the bow and the stern (squid lamps).
  const lamps = [-120, -40, 90].map((v) => [x + f * v * k, y + (v < 40 ? -205 + (40 - v) * 0.715 : -205 + (v - 40) * 0.93) * k] as const);
  let bulbs = '';
  for (const [lx, ly] of lamps) bulbs += `M${num(lx)} ${num(ly)}v${num(10 * k)}`;
  s += P(bulbs, 'none', '#f3efe0', lw(st, 2.6), { 'stroke-linecap': 'round' });
  let light = '';
  if (n) for (const [lx, ly] of lamps) light += glow(st, lx, ly + 5 * k, 48 * k, '#fff3c4', 0.5);
  if (n) light += P(bulbs, 'none', '#fffbe6', lw(st, 2.6), { 'stroke-linecap': 'round' }) + P(win, '#ffd98a');
  return { svg: s, light };
}

/** Reflections of boats and lamps on the water: a few horizontal strokes. */
export function ripples(st: Stage, x: number, y: number, w: number, color: string): string {
  return P(
    `M${num(x - w / 2)} ${num(y + 6)}h${num(w * 0.5)}M${num(x - w / 3)} ${num(y + 14)}h${num(w * 0.4)}M${num(x - w / 4)} ${num(y + 22)}h${num(w * 0.25)}`,
    'none',
    color,
    lw(st, 1.2),
    { opacity: '.6' },
  );
}

/** A heap of fishing net with orange floats and a trailing edge. */
export function netHeap(st: Stage, x: number, base: number, k = 1, color = '#3e8a7a'): string {
  const heap = `M${num(x - 70 * k)} ${base} Q${num(x - 66 * k)} ${num(base - 36 * k)} ${num(x - 30 * k)} ${num(base - 44 * k)} Q${num(x - 6 * k)} ${num(base - 66 * k)} ${num(x + 26 * k)} ${num(base - 48 * k)} Q${num(x + 64 * k)} ${num(base - 42 * k)} ${num(x + 72 * k)} ${base}Z`;
  let mesh = '';
  for (let i = -3; i <= 3; i++) mesh += `M${num(x + i * 20 * k)} ${base}q${num(8 * k)} ${num(-24 * k)} ${num(-2 * k)} ${num(-46 * k)}`;
  mesh += `M${num(x - 62 * k)} ${num(base - 16 * k)}Q${x} ${num(base - 34 * k)} ${num(x + 66 * k)} ${num(base - 14 * k)}M${num(x - 44 * k)} ${num(base - 34 * k)}Q${x} ${num(base - 56 * k)} ${num(x + 44 * k)} ${num(base - 36 * k)}`;
  let floats = '';
  for (const [fx, fy] of [
    [-46, -24],
    [-12, -50],
    [22, -38],
    [52, -16],
    [-2, -14],
  ] as const)
    floats += `M${num(x + fx * k - 6 * k)} ${num(base + fy * k)}a${num(6 * k)} ${num(4.5 * k)} 0 1 0 ${num(12 * k)} 0a${num(6 * k)} ${num(4.5 * k)} 0 1 0 ${num(-12 * k)} 0z`;
  return P(heap, color, BG_INK, lw(st)) + P(mesh, 'none', shade(color, 0.3), lw(st, 0.7)) + P(floats, '#f08a2c', BG_INK, lw(st, 0.6));
}

/** Plastic fish baskets, stacked `rows` high; the top one full of silver fish. */
export function fishBaskets(st: Stage, x: number, base: number, rows = 2, color = '#2f7fc0'): string {
  let s = '';
  for (let r = 0; r < rows; r++) {
    const y = base - (r + 1) * 34;
    s += box(st, x - 36, y, 72, 34, r % 2 ? shade(color, 0.1) : color, { rx: 3 });
    s += P(`M${x - 28} ${y + 10}h56M${x - 28} ${y + 20}h56`, 'none', shade(color, 0.3), lw(st, 1.4));
  }
  const top = base - rows * 34;
  let fish = '';
  for (const fx of [-24, -6, 12, 26]) fish += `M${fx + x - 10} ${top}q10 -10 20 0q-10 6 -20 0zM${fx + x + 10} ${top}l6 -5v10z`;
  return s + P(fish, '#b9c6cf', BG_INK, lw(st, 0.6));
}

/** A mooring bollard with a few turns of rope. */
export function bollard(st: Stage, x: number, base: number): string {
  return (
    box(st, x - 12, base - 34, 24, 34, '#4b4f57', { rx: 4 }) +
    el('ellipse', { cx: x, cy: base - 34, rx: 17, ry: 6, fill: '#5d626b', stroke: BG_INK, 'stroke-width': lw(st) }) +
    P(`M${x - 13} ${base - 20}q13 6 26 0M${x - 13} ${base - 12}q13 6 26 0`, 'none', '#c9a66b', lw(st, 2.2))
  );
}

/** A coil of rope lying on the ground. */
export function ropeCoil(st: Stage, x: number, base: number, k = 1): string {
  const ring = (rx: number, ry: number): string =>
    `M${num(x - rx * k)} ${num(base - ry * k)}a${num(rx * k)} ${num(ry * k)} 0 1 0 ${num(2 * rx * k)} 0a${num(rx * k)} ${num(ry * k)} 0 1 0 ${num(-2 * rx * k)} 0z`;
  return P(ring(34, 10), '#c9a66b', BG_INK, lw(st)) + P(ring(24, 8) + ring(14, 6), 'none', shade('#c9a66b', 0.3), lw(st, 1.1));
}

/** An orange and white life ring (for walls, rails and wheelhouses). */
export function lifeRing(st: Stage, x: number, y: number, r: number): string {
  const band = r * 0.34;
  let d = '';
  for (const a of [0.35, 2.0, 3.6, 5.2]) {
    const a0 = a;
    const a1 = a + 0.6;
    d += `M${num(x + Math.cos(a0) * (r - band))} ${num(y + Math.sin(a0) * (r - band))}L${num(x + Math.cos(a0) * r)} ${num(y + Math.sin(a0) * r)}A${num(r)} ${num(r)} 0 0 1 ${num(x + Math.cos(a1) * r)} ${num(y + Math.sin(a1) * r)}L${num(x + Math.cos(a1) * (r - band))} ${num(y + Math.sin(a1) * (r - band))}A${num(r - band)} ${num(r - band)} 0 0 0 ${num(x + Math.cos(a0) * (r - band))} ${num(y + Math.sin(a0) * (r - band))}Z`;
  }
  return (
    el('circle', { cx: x, cy: y, r: r - band / 2, fill: 'none', stroke: '#ef6c2a', 'stroke-width': band }) +
    P(d, '#f6f2e8') +
    el('circle', { cx: x, cy: y, r, fill: 'none', stroke: BG_INK, 'stroke-width': lw(st) }) +
    el('circle', { cx: x, cy: y, r: r - band, fill: 'none', stroke: BG_INK, 'stroke-width': lw(st) })
  );
}

/** A distant hilly coast on the horizon (islands). */
export function coast(st: Stage, horizon: number, color: string): string {
  let d = `M${num(st.x0 - 20)} ${horizon}`;
  for (const x of repeatX(st, -600, 300, 300))
    d += `L${num(x + 40)} ${horizon}Q${num(x + 110)} ${horizon - 46} ${num(x + 170)} ${horizon - 20}Q${num(x + 210)} ${horizon - 34} ${num(x + 250)} ${horizon}`;
  d += `L${num(st.x1 + 20)} ${horizon}Z`;
  return P(d, color);
}
