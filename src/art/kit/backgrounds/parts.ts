/**
 * Building blocks shared by the backgrounds: sky, ground, rooms with perspective floors, windows,
 * doors, frames, plants, lamps, trees and hills. World units; softer outlines than the people.
 */
import { el, g, num, P, tf } from '../../svg';
import { BG_INK, mix, shade, tint } from '../palette';
import type { Stage } from './types';

export const lw = (st: Stage, k = 1): number => st.pen.sw * 0.72 * k;
export const ol = (st: Stage, k = 1): Record<string, string | number> => ({ stroke: BG_INK, 'stroke-width': lw(st, k), 'stroke-linejoin': 'round' });

/** A rectangle with a soft outline. */
export const box = (st: Stage, x: number, y: number, w: number, h: number, fill: string, extra: Record<string, string | number> = {}): string =>
  el('rect', { x, y, width: w, height: h, fill, ...ol(st), ...extra });

/** A plain rectangle covering the whole visible stage, with a margin. */
export function fillStage(st: Stage, fill: string, fromY = st.y0 - 10, toY = st.y1 + 10): string {
  if (toY <= fromY) return '';
  return el('rect', { x: st.x0 - 10, y: fromY, width: st.x1 - st.x0 + 20, height: toY - fromY, fill });
}

/** A vertical gradient id for the sky. */
export function skyFill(st: Stage, top: string, bottom: string, y0: number, y1: number): string {
  const id = st.pen.defs.use(`sky:${top}:${bottom}:${Math.round(y0)}:${Math.round(y1)}`, (id) =>
    el(
      'linearGradient',
      { id, x1: 0, y1: num(y0), x2: 0, y2: num(y1), gradientUnits: 'userSpaceOnUse' },
      el('stop', { offset: '0', 'stop-color': top }) + el('stop', { offset: '1', 'stop-color': bottom }),
    ),
  );
  return `url(#${id})`;
}

/** Positions from `start` every `step`, covering x0..x1 (for repeating things). */
export function repeatX(st: Stage, start: number, step: number, margin = 0): number[] {
  const out: number[] = [];
  const first = start + Math.floor((st.x0 - margin - start) / step) * step;
  for (let x = first; x <= st.x1 + margin; x += step) out.push(x);
  return out;
}

/** An interior: wall from the top down to `baseY`, floor below, with a skirting board and a ceiling band. */
export interface RoomOpts {
  wall: string;
  floor: string;
  baseY?: number;
  /** Lower wall band colour (a painted dado), and its top. */
  dado?: string;
  dadoTop?: number;
  ceilingY?: number;
  ceiling?: string;
  floorKind?: 'tiles' | 'planks' | 'concrete' | 'none';
}

export function room(st: Stage, o: RoomOpts): string {
  const base = o.baseY ?? -46;
  const ceilY = o.ceilingY ?? -360;
  let s = fillStage(st, o.wall, st.y0 - 10, base + 1);
  if (o.dado)
    s +=
      fillStage(st, o.dado, o.dadoTop ?? base - 70, base + 1) +
      el('rect', { x: st.x0 - 10, y: (o.dadoTop ?? base - 70) - 3, width: st.x1 - st.x0 + 20, height: 5, fill: shade(o.dado, 0.15) });
  if (st.y0 < ceilY)
    s +=
      fillStage(st, o.ceiling ?? shade(o.wall, 0.12), st.y0 - 10, ceilY) +
      el('rect', { x: st.x0 - 10, y: ceilY - 2, width: st.x1 - st.x0 + 20, height: 12, fill: shade(o.wall, 0.25) });
  s += fillStage(st, o.floor, base, st.y1 + 10);
  s += floorLines(st, base, o.floor, o.floorKind ?? 'tiles');
  s += el('rect', { x: st.x0 - 10, y: base - 7, width: st.x1 - st.x0 + 20, height: 8, fill: shade(o.wall, 0.3) });
  return s;
}

/** Perspective lines on a floor, towards a vanishing point above the middle. */
export function floorLines(st: Stage, base: number, floor: string, kind: RoomOpts['floorKind']): string {
  if (kind === 'none') return '';
  const c = shade(floor, 0.14);
  const vy = -190;
  let d = '';
  const bottom = st.y1 + 10;
  if (kind === 'tiles' || kind === 'planks') {
    const step = kind === 'tiles' ? 70 : 38;
    for (const x of repeatX(st, 0, step, 400)) {
      // A line from the base line through the vanishing direction to the bottom edge.
      const t = (bottom - vy) / (base - vy);
      d += `M${num(x)} ${base}L${num(x * t)} ${num(bottom)}`;
    }
  }
  if (kind === 'tiles' || kind === 'concrete') {
    for (const y of [base + 12, base + 30, base + 56, base + 92, base + 140]) if (y < bottom) d += `M${num(st.x0 - 10)} ${y}H${num(st.x1 + 10)}`;
  }
  return d ? P(d, 'none', c, lw(st, 0.8)) : '';
}

export interface WindowOpts {
  night: boolean;
  frame?: string;
  /** What is seen through it. */
  view?: 'sky' | 'trees' | 'city' | 'dark';
  curtains?: string;
  bars?: boolean;
  panes?: 2 | 4;
}

/** A window with its frame; `glow` returns the lit part for night lights. */
export function windowAt(st: Stage, x: number, y: number, w: number, h: number, o: WindowOpts): string {
  const frame = o.frame ?? '#f1ead9';
  const view = o.view ?? 'sky';
  const skyTop = o.night ? '#2b3f73' : view === 'city' ? '#a9c9e6' : '#9fd3ef';
  const skyBot = o.night ? '#4a5d92' : '#d9f0f8';
  let inside = el('rect', { x, y, width: w, height: h, fill: skyFill(st, skyTop, skyBot, y, y + h) });
  if (view === 'trees')
    inside += P(
      `M${x} ${y + h * 0.75} Q${x + w * 0.2} ${y + h * 0.45} ${x + w * 0.4} ${y + h * 0.62} Q${x + w * 0.6} ${y + h * 0.38} ${x + w * 0.8} ${y + h * 0.58} Q${x + w * 0.95} ${y + h * 0.5} ${x + w} ${y + h * 0.6} V${y + h} H${x}Z`,
      o.night ? '#24364a' : '#6fae5b',
    );
  if (view === 'city') {
    let d = '';
    const n = Math.max(3, Math.round(w / 22));
    for (let i = 0; i < n; i++) {
      const bx = x + (i * w) / n;
      const bh = h * (0.35 + ((i * 37) % 5) * 0.1);
      d += `M${num(bx)} ${num(y + h)}V${num(y + h - bh)}H${num(bx + w / n - 2)}V${num(y + h)}Z`;
    }
    inside += P(d, o.night ? '#1e2940' : '#8aa2bd');
  }
  if (view === 'dark') inside = el('rect', { x, y, width: w, height: h, fill: '#27324a' });
  let s = inside;
  const pane = o.panes ?? 2;
  let bars = `M${num(x + w / 2)} ${y}V${y + h}`;
  if (pane === 4) bars += `M${x} ${num(y + h / 2)}H${x + w}`;
  s += P(bars, 'none', frame, lw(st, 3));
  if (o.bars) {
    let d = '';
    for (let i = 1; i < 6; i++) d += `M${num(x + (i * w) / 6)} ${y}V${y + h}`;
    s += P(d, 'none', '#4b4b50', lw(st, 1.5));
  }
  s +=
    el('rect', { x, y, width: w, height: h, fill: 'none', stroke: frame, 'stroke-width': lw(st, 5) }) +
    el('rect', { x: x - lw(st, 2.5), y: y - lw(st, 2.5), width: w + lw(st, 5), height: h + lw(st, 5), fill: 'none', ...ol(st) });
  s += box(st, x - 8, y + h, w + 16, 7, shade(frame, 0.1));
  if (o.curtains) {
    const c = o.curtains;
    s += P(`M${x - 14} ${y - 10} H${x + w * 0.28} Q${x + w * 0.14} ${y + h * 0.5} ${x + w * 0.2} ${y + h + 12} H${x - 14}Z`, c, BG_INK, lw(st));
    s += P(`M${x + w + 14} ${y - 10} H${x + w * 0.72} Q${x + w * 0.86} ${y + h * 0.5} ${x + w * 0.8} ${y + h + 12} H${x + w + 14}Z`, c, BG_INK, lw(st));
    s += P(
      `M${x + 2} ${y} Q${x + 6} ${y + h * 0.5} ${x + 4} ${y + h} M${x + w - 2} ${y} Q${x + w - 6} ${y + h * 0.5} ${x + w - 4} ${y + h}`,
      'none',
      shade(c, 0.2),
      lw(st),
    );
    s += box(st, x - 20, y - 14, w + 40, 5, '#7a5a3a');
  }
  return s;
}

/** The lit glass of a window at night. */
export const windowGlow = (x: number, y: number, w: number, h: number): string => el('rect', { x, y, width: w, height: h, fill: '#ffd98a', opacity: '.85' });

export function door(st: Stage, x: number, base: number, w: number, h: number, color: string, open = false): string {
  let s = box(st, x - 6, base - h - 6, w + 12, h + 6, shade(color, 0.25));
  if (open)
    s +=
      el('rect', { x, y: base - h, width: w, height: h, fill: '#2e2622' }) +
      P(`M${x} ${base - h} L${x + w * 0.3} ${base - h + 10} L${x + w * 0.3} ${base - 6} L${x} ${base}Z`, color, BG_INK, lw(st));
  else
    s +=
      box(st, x, base - h, w, h, color) +
      box(st, x + w * 0.14, base - h + 16, w * 0.72, h * 0.36, shade(color, 0.1)) +
      box(st, x + w * 0.14, base - h * 0.5, w * 0.72, h * 0.36, shade(color, 0.1)) +
      el('circle', { cx: x + w * 0.84, cy: base - h * 0.5, r: 4, fill: '#d8b25a', ...ol(st) });
  return s;
}

/** A framed picture; kind decides what is in it (no words anywhere). */
export function picture(
  st: Stage,
  x: number,
  y: number,
  w: number,
  h: number,
  kind: 'landscape' | 'portrait' | 'certificate' | 'family' | 'map' | 'poster-safe' | 'calendar',
  frame = '#6b4a2e',
): string {
  let s = box(st, x, y, w, h, frame);
  const i = Math.min(w, h) * 0.1;
  const ix = x + i;
  const iy = y + i;
  const iw = w - 2 * i;
  const ih = h - 2 * i;
  switch (kind) {
    case 'landscape':
      s +=
        el('rect', { x: ix, y: iy, width: iw, height: ih, fill: '#bfe3ef' }) +
        P(
          `M${ix} ${iy + ih * 0.7} L${ix + iw * 0.35} ${iy + ih * 0.25} L${ix + iw * 0.6} ${iy + ih * 0.55} L${ix + iw * 0.75} ${iy + ih * 0.4} L${ix + iw} ${iy + ih * 0.7} V${iy + ih} H${ix}Z`,
          '#5f9a55',
        ) +
        el('circle', { cx: ix + iw * 0.78, cy: iy + ih * 0.22, r: ih * 0.1, fill: '#f7d25c' });
      break;
    case 'portrait':
      s +=
        el('rect', { x: ix, y: iy, width: iw, height: ih, fill: '#c9d7e6' }) +
        el('circle', { cx: ix + iw / 2, cy: iy + ih * 0.4, r: iw * 0.2, fill: '#b98a62' }) +
        P(`M${ix + iw * 0.15} ${iy + ih} Q${ix + iw * 0.5} ${iy + ih * 0.5} ${ix + iw * 0.85} ${iy + ih}Z`, '#2c3442') +
        P(`M${ix + iw * 0.3} ${iy + ih * 0.3} Q${ix + iw / 2} ${iy + ih * 0.08} ${ix + iw * 0.7} ${iy + ih * 0.3} Z`, '#1f1b24');
      break;
    case 'family': {
      s += el('rect', { x: ix, y: iy, width: iw, height: ih, fill: '#efe1c4' });
      for (const [fx, fr, col] of [
        [0.28, 0.13, '#3d5a80'],
        [0.52, 0.12, '#8e3b46'],
        [0.74, 0.1, '#5a8a4c'],
      ] as const)
        s +=
          el('circle', { cx: ix + iw * fx, cy: iy + ih * 0.42, r: iw * fr * 0.6, fill: '#b98a62' }) +
          P(`M${ix + iw * (fx - fr)} ${iy + ih} Q${ix + iw * fx} ${iy + ih * 0.48} ${ix + iw * (fx + fr)} ${iy + ih}Z`, col);
      break;
    }
    case 'certificate':
      s =
        box(st, x, y, w, h, '#c9a64a') +
        el('rect', { x: ix, y: iy, width: iw, height: ih, fill: '#fbf6e6' }) +
        el('rect', { x: ix + 3, y: iy + 3, width: iw - 6, height: ih - 6, fill: 'none', stroke: '#c9a64a', 'stroke-width': lw(st, 0.8) });
      s += P(
        `M${ix + iw * 0.2} ${iy + ih * 0.25}H${ix + iw * 0.8}M${ix + iw * 0.15} ${iy + ih * 0.42}H${ix + iw * 0.85}M${ix + iw * 0.15} ${iy + ih * 0.54}H${ix + iw * 0.7}`,
        'none',
        '#a8a39a',
        lw(st, 1.2),
      );
      s += el('circle', { cx: ix + iw * 0.75, cy: iy + ih * 0.76, r: ih * 0.12, fill: '#c0392b', ...ol(st, 0.6) });
      break;
    case 'map':
      s +=
        el('rect', { x: ix, y: iy, width: iw, height: ih, fill: '#a8d4ea' }) +
        P(
          `M${ix + iw * 0.08} ${iy + ih * 0.3} q${iw * 0.1} ${-ih * 0.15} ${iw * 0.22} 0 q${iw * 0.05} ${ih * 0.25} ${-iw * 0.08} ${ih * 0.4} q${-iw * 0.12} ${-ih * 0.1} ${-iw * 0.14} ${-ih * 0.4}Z M${ix + iw * 0.45} ${iy + ih * 0.2} q${iw * 0.2} ${-ih * 0.08} ${iw * 0.38} ${ih * 0.1} q${-iw * 0.04} ${ih * 0.2} ${-iw * 0.2} ${ih * 0.2} q${-iw * 0.1} ${ih * 0.1} ${-iw * 0.18} ${-ih * 0.3}Z M${ix + iw * 0.55} ${iy + ih * 0.72} q${iw * 0.12} ${-ih * 0.06} ${iw * 0.3} ${ih * 0.04} q${-iw * 0.1} ${ih * 0.08} ${-iw * 0.3} ${-ih * 0.04}Z`,
          '#8fbf6a',
        );
      break;
    case 'poster-safe':
      // A poster made of shapes: a figure, a tick, and lines.
      s =
        box(st, x, y, w, h, '#f7f3e8') +
        el('rect', { x: x + 3, y: y + 3, width: w - 6, height: h * 0.28, fill: '#2a7fb8' }) +
        el('circle', { cx: x + w * 0.32, cy: y + h * 0.5, r: w * 0.1, fill: '#c98a5a' }) +
        P(`M${x + w * 0.17} ${y + h * 0.8} Q${x + w * 0.32} ${y + h * 0.55} ${x + w * 0.47} ${y + h * 0.8}Z`, '#2a9d8f') +
        P(`M${x + w * 0.58} ${y + h * 0.55} l${w * 0.08} ${h * 0.08} l${w * 0.16} ${-h * 0.16}`, 'none', '#3aa55d', lw(st, 2.6), {
          'stroke-linecap': 'round',
        }) +
        P(`M${x + w * 0.15} ${y + h * 0.88}H${x + w * 0.85}`, 'none', '#9c978d', lw(st, 1.3));
      break;
    case 'calendar': {
      s = box(st, x, y, w, h, '#fbf7ef') + el('rect', { x, y, width: w, height: h * 0.24, fill: '#c0392b' });
      let d = '';
      for (let r = 0; r < 4; r++) for (let c = 0; c < 5; c++) d += `M${num(x + w * (0.14 + c * 0.18))} ${num(y + h * (0.38 + r * 0.16))}h${num(w * 0.08)}`;
      s += P(d, 'none', '#8a857c', lw(st, 1.4));
      break;
    }
  }
  return s;
}

/** A potted plant standing on `base`. */
export function plant(st: Stage, x: number, base: number, k = 1, pot = '#b8653a'): string {
  const leaf = '#3f8a4a';
  let leaves = '';
  for (const [a, len] of [
    [-70, 70],
    [-100, 80],
    [-125, 62],
    [-48, 58],
    [-150, 48],
    [-28, 46],
  ] as const) {
    const r = (a * Math.PI) / 180;
    const tx = Math.cos(r) * len * k;
    const ty = Math.sin(r) * len * k;
    leaves += P(
      `M${x} ${base - 40 * k} Q${num(x + tx * 0.3 - ty * 0.25)} ${num(base - 40 * k + ty * 0.5 + tx * 0.2)} ${num(x + tx)} ${num(base - 40 * k + ty)} Q${num(x + tx * 0.7 + ty * 0.2)} ${num(base - 40 * k + ty * 0.4 - tx * 0.2)} ${x} ${base - 40 * k}Z`,
      a % 20 === 0 ? leaf : tint(leaf, 0.15),
      BG_INK,
      lw(st, 0.8),
    );
  }
  return leaves + P(`M${x - 22 * k} ${base - 42 * k} H${x + 22 * k} L${x + 16 * k} ${base} H${x - 16 * k}Z`, pot, BG_INK, lw(st));
}

/** A soft round glow (a radial gradient fading out). */
export function glow(st: Stage, x: number, y: number, r: number, color: string, strength: number): string {
  const id = st.pen.defs.use(`glow:${color}:${strength}`, (id) =>
    el(
      'radialGradient',
      { id },
      el('stop', { offset: '0', 'stop-color': color, 'stop-opacity': String(strength) }) +
        el('stop', { offset: '.4', 'stop-color': color, 'stop-opacity': String(strength * 0.45) }) +
        el('stop', { offset: '1', 'stop-color': color, 'stop-opacity': '0' }),
    ),
  );
  return el('circle', { cx: x, cy: y, r, fill: `url(#${id})` });
}

/** A ceiling lamp: a bulb on a cord (lit at night), or a fluorescent tube. */
export function bulb(st: Stage, x: number, y: number, top: number, lit: boolean): { svg: string; light: string } {
  const svg =
    P(`M${x} ${top}V${y - 10}`, 'none', '#3b3330', lw(st)) +
    box(st, x - 5, y - 12, 10, 8, '#56504a') +
    el('circle', { cx: x, cy: y, r: 8, fill: lit ? '#fff3b5' : '#f3efe0', ...ol(st) });
  const light = lit ? glow(st, x, y, 110, '#ffe9a0', 0.45) + el('circle', { cx: x, cy: y, r: 8, fill: '#fff7d4' }) : '';
  return { svg, light };
}

export function tubeLight(st: Stage, x: number, y: number, w: number): string {
  return box(st, x - w / 2, y, w, 8, '#f6f7f2') + P(`M${x - w / 2 + 10} ${y}V${y - 14}M${x + w / 2 - 10} ${y}V${y - 14}`, 'none', BG_INK, lw(st));
}

/** Rolling hills along the horizon. */
export function hills(st: Stage, y: number, color: string, amp: number, period: number, seed = 0): string {
  let d = `M${num(st.x0 - 20)} ${num(st.y1 + 20)} L${num(st.x0 - 20)} ${y}`;
  const start = Math.floor((st.x0 - 20) / period) * period;
  for (let x = start; x < st.x1 + period; x += period) {
    const h = amp * (0.6 + 0.4 * Math.abs(Math.sin((x + seed) * 0.013)));
    d += ` Q${num(x + period / 2)} ${num(y - h)} ${num(x + period)} ${y}`;
  }
  d += ` L${num(st.x1 + period + 20)} ${num(st.y1 + 20)}Z`;
  return P(d, color);
}

/** A puffy cloud. */
export function cloud(x: number, y: number, k: number, color = '#ffffff'): string {
  return P(
    `M${x - 40 * k} ${y} q${-6 * k} ${-22 * k} ${18 * k} ${-22 * k} q${8 * k} ${-22 * k} ${34 * k} ${-14 * k} q${18 * k} ${-12 * k} ${34 * k} ${6 * k} q${24 * k} ${0} ${22 * k} ${30 * k}Z`,
    color,
    undefined,
    undefined,
    { opacity: '.9' },
  );
}

/** A crescent moon with its halo (put it in the lights layer where nothing stands in front of it). */
export function moon(st: Stage, mx: number, my: number): string {
  return glow(st, mx, my, 80, '#fdf3c4', 0.3) + P(`M${mx} ${my - 26} A26 26 0 1 0 ${mx} ${my + 26} A32 32 0 1 1 ${mx} ${my - 26}Z`, '#fff6cf');
}

/** Stars over the sky, and a moon unless `mx` is NaN. */
export function moonAndStars(st: Stage, mx: number, my: number): string {
  let s = Number.isNaN(mx) ? '' : moon(st, mx, my);
  let d = '';
  let seed = 7;
  const rnd = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const n = Math.round(((st.x1 - st.x0) * (Math.min(-120, st.y1) - st.y0)) / 5000);
  for (let i = 0; i < Math.min(n, 90); i++) {
    const x = st.x0 + rnd() * (st.x1 - st.x0);
    const y = st.y0 + rnd() * (Math.min(-140, st.y1) - st.y0);
    d += `M${num(x)} ${num(y)}h.1`;
  }
  s += P(d, 'none', '#fff8d6', 3.2, { 'stroke-linecap': 'round' });
  return s;
}

/** A coconut palm with its base on `base`. */
export function palm(st: Stage, x: number, base: number, k = 1, lean = 10): string {
  const tx = x + lean * k;
  const ty = base - 300 * k;
  let s = P(
    `M${x - 7 * k} ${base} Q${x + lean * 0.2 * k} ${base - 160 * k} ${tx - 4 * k} ${ty} L${tx + 4 * k} ${ty} Q${x + lean * 0.4 * k + 8 * k} ${base - 160 * k} ${x + 7 * k} ${base}Z`,
    '#8b6b4a',
    BG_INK,
    lw(st),
  );
  for (const a of [-170, -140, -105, -70, -35, -8]) {
    const r = (a * Math.PI) / 180;
    const ex = tx + Math.cos(r) * 95 * k;
    const ey = ty + Math.sin(r) * 40 * k + 45 * k;
    const mx = tx + Math.cos(r) * 50 * k;
    const my = ty + Math.sin(r) * 45 * k - 12 * k;
    s += P(
      `M${num(tx)} ${num(ty)} Q${num(mx)} ${num(my - 14 * k)} ${num(ex)} ${num(ey)} Q${num(mx)} ${num(my + 6 * k)} ${num(tx)} ${num(ty)}Z`,
      '#4f9a4a',
      BG_INK,
      lw(st, 0.8),
    );
  }
  s +=
    el('circle', { cx: tx - 5 * k, cy: ty + 8 * k, r: 7 * k, fill: '#7a5a2f', ...ol(st, 0.7) }) +
    el('circle', { cx: tx + 7 * k, cy: ty + 9 * k, r: 7 * k, fill: '#7a5a2f', ...ol(st, 0.7) });
  return s;
}

/** A banana plant: a thick soft trunk, broad drooping paddle leaves, a bunch with its purple heart. */
export function banana(st: Stage, x: number, base: number, k = 1): string {
  const top = base - 170 * k;
  const trunk = '#a3b25e';
  let s = P(
    `M${x - 16 * k} ${base} Q${x - 13 * k} ${base - 90 * k} ${x - 9 * k} ${top} L${x + 9 * k} ${top} Q${x + 13 * k} ${base - 90 * k} ${x + 16 * k} ${base}Z`,
    trunk,
    BG_INK,
    lw(st),
  );
  s += P(
    `M${x - 6 * k} ${base - 10 * k} Q${x - 5 * k} ${base - 80 * k} ${x - 3 * k} ${top + 20 * k}M${x + 6 * k} ${base - 40 * k} L${x + 4 * k} ${top + 30 * k}`,
    'none',
    shade(trunk, 0.22),
    lw(st, 0.8),
  );
  // A dry leaf hanging down the trunk.
  s += P(
    `M${x + 6 * k} ${top + 6 * k} Q${x + 30 * k} ${top + 40 * k} ${x + 22 * k} ${top + 110 * k} Q${x + 12 * k} ${top + 60 * k} ${x + 4 * k} ${top + 14 * k}Z`,
    '#b08a4a',
    BG_INK,
    lw(st, 0.8),
  );
  const leaf = (angle: number, len: number, droop: number, col: string): string => {
    const r = (angle * Math.PI) / 180;
    const ex = x + Math.cos(r) * len * k;
    const ey = top + Math.sin(r) * len * k + droop * k;
    // The midrib rises first, then the tip droops.
    const mx = x + Math.cos(r) * len * 0.55 * k;
    const my = top + Math.sin(r) * len * 0.55 * k - 26 * k;
    const dx = ex - x;
    const dy = ey - top;
    const l = Math.hypot(dx, dy) || 1;
    const nx = (-dy / l) * 24 * k;
    const ny = (dx / l) * 24 * k;
    return (
      P(
        `M${x} ${top} Q${num(mx + nx * 1.1)} ${num(my + ny * 1.1)} ${num(ex)} ${num(ey)} Q${num(mx - nx)} ${num(my - ny)} ${x} ${top}Z`,
        col,
        BG_INK,
        lw(st, 0.8),
      ) +
      P(`M${x} ${top} Q${num(mx)} ${num(my)} ${num(ex)} ${num(ey)}`, 'none', shade(col, 0.28), lw(st, 0.8)) +
      P(
        `M${num(mx + nx * 0.55)} ${num(my + ny * 0.55)} l${num(nx * 0.5)} ${num(ny * 0.5)}M${num((mx + ex) / 2 - nx * 0.45)} ${num((my + ey) / 2 - ny * 0.45)} l${num(-nx * 0.4)} ${num(-ny * 0.4)}`,
        'none',
        BG_INK,
        lw(st, 0.6),
      )
    );
  };
  s +=
    leaf(-168, 120, 40, '#4f944f') +
    leaf(-12, 125, 42, '#4f944f') +
    leaf(-140, 112, 10, '#5aa35a') +
    leaf(-40, 118, 12, '#5aa35a') +
    leaf(-108, 96, -6, '#6fb865') +
    leaf(-74, 100, -8, '#6fb865');
  // The bunch and the purple heart hanging from the crown.
  const bx = x - 16 * k;
  const by = top + 20 * k;
  s += P(`M${x - 4 * k} ${top + 4 * k} Q${bx - 6 * k} ${by} ${bx - 4 * k} ${by + 50 * k}`, 'none', '#6b7a3a', lw(st, 2));
  let hands = '';
  for (let i = 0; i < 3; i++)
    hands += P(
      `M${bx - 16 * k} ${by + (8 + i * 12) * k} q${10 * k} ${-8 * k} ${22 * k} ${-2 * k} q${-6 * k} ${10 * k} ${-22 * k} ${2 * k}z`,
      i === 2 ? '#b8c45a' : '#8fb04a',
      BG_INK,
      lw(st, 0.7),
    );
  s += hands + P(`M${bx - 4 * k} ${by + 46 * k} q${-7 * k} ${8 * k} 0 ${20 * k} q${7 * k} ${-12 * k} 0 ${-20 * k}z`, '#7a2e52', BG_INK, lw(st, 0.8));
  return s;
}

/** A round bush. */
export function bush(st: Stage, x: number, base: number, k = 1, col = '#4f944f'): string {
  return P(
    `M${x - 40 * k} ${base} q${-10 * k} ${-30 * k} ${15 * k} ${-35 * k} q${8 * k} ${-24 * k} ${30 * k} ${-14 * k} q${20 * k} ${-14 * k} ${34 * k} ${8 * k} q${18 * k} ${8 * k} ${4 * k} ${41 * k}Z`,
    col,
    BG_INK,
    lw(st),
  );
}

/** An Indonesian flag on a stand (red over white). */
export function flag(st: Stage, x: number, base: number, k = 1): string {
  return (
    P(`M${x} ${base} V${base - 230 * k}`, 'none', '#b99a4f', lw(st, 3)) +
    el('circle', { cx: x, cy: base - 232 * k, r: 5 * k, fill: '#d9b44a', ...ol(st) }) +
    P(
      `M${x} ${base - 222 * k} Q${x + 30 * k} ${base - 230 * k} ${x + 60 * k} ${base - 220 * k} V${base - 180 * k} Q${x + 30 * k} ${base - 190 * k} ${x} ${base - 182 * k}Z`,
      '#f8f5ee',
      BG_INK,
      lw(st),
    ) +
    P(
      `M${x} ${base - 222 * k} Q${x + 30 * k} ${base - 230 * k} ${x + 60 * k} ${base - 220 * k} V${base - 200 * k} Q${x + 30 * k} ${base - 210 * k} ${x} ${base - 202 * k}Z`,
      '#d6312d',
      BG_INK,
      lw(st),
    ) +
    P(`M${x - 18 * k} ${base} L${x} ${base - 14 * k} L${x + 18 * k} ${base}Z`, '#6b4a2e', BG_INK, lw(st))
  );
}

/** A wall clock without numbers. */
export function clock(st: Stage, x: number, y: number, r: number): string {
  let ticks = '';
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    ticks += `M${num(x + Math.cos(a) * r * 0.78)} ${num(y + Math.sin(a) * r * 0.78)}L${num(x + Math.cos(a) * r * 0.9)} ${num(y + Math.sin(a) * r * 0.9)}`;
  }
  return (
    el('circle', { cx: x, cy: y, r, fill: '#fbf8f0', stroke: '#3b3b40', 'stroke-width': lw(st, 2) }) +
    P(ticks, 'none', '#55524c', lw(st, 0.8)) +
    P(`M${x} ${y}L${x} ${y - r * 0.6}M${x} ${y}L${x + r * 0.45} ${y + r * 0.2}`, 'none', '#2b2b2b', lw(st, 1.3), { 'stroke-linecap': 'round' })
  );
}

/** An office desk seen from the front, with a monitor, papers and a mug; `h` is the desk height. */
export function officeDesk(
  st: Stage,
  x: number,
  base: number,
  w: number,
  opts: { color?: string; monitor?: boolean; papers?: boolean; night?: boolean } = {},
): { svg: string; light: string } {
  const c = opts.color ?? '#b98a5e';
  const h = 92;
  let s =
    box(st, x - w / 2, base - h, w, 10, tint(c, 0.1)) +
    box(st, x - w / 2 + 6, base - h + 10, w - 12, h - 10, shade(c, 0.08)) +
    P(`M${x - w / 2 + 6} ${base - h + 40}H${x + w / 2 - 6}`, 'none', BG_INK, lw(st, 0.7));
  let light = '';
  if (opts.monitor !== false) {
    const mx = x + w * 0.18;
    s +=
      box(st, mx - 34, base - h - 62, 68, 46, '#2d3340', { rx: 3 }) +
      box(st, mx - 4, base - h - 16, 8, 12, '#4a4f5a') +
      box(st, mx - 16, base - h - 5, 32, 5, '#4a4f5a');
    s += el('rect', { x: mx - 30, y: base - h - 58, width: 60, height: 38, fill: opts.night ? '#9fd3f5' : '#7fb7d9' });
    if (opts.night)
      light =
        el('rect', { x: mx - 30, y: base - h - 58, width: 60, height: 38, fill: '#bfe4ff' }) +
        el('ellipse', { cx: mx, cy: base - h - 38, rx: 60, ry: 45, fill: '#9fd3f5', opacity: '.15' });
  }
  if (opts.papers !== false)
    s +=
      P(`M${x - w * 0.38} ${base - h} l4 -8 h36 l-4 8z`, '#fbf8f0', BG_INK, lw(st, 0.8)) +
      P(`M${x - w * 0.36} ${base - h - 2} l4 -8 h36 l-4 8z`, '#f2eee2', BG_INK, lw(st, 0.8)) +
      box(st, x - w * 0.05, base - h - 14, 11, 14, '#c0392b', { rx: 2 });
  return { svg: s, light };
}

/** A computer monitor standing on a surface at `top`. */
export function monitor(st: Stage, x: number, top: number, night: boolean): string {
  return (
    box(st, x - 34, top - 62, 68, 46, '#2d3340', { rx: 3 }) +
    el('rect', { x: x - 30, y: top - 58, width: 60, height: 38, fill: night ? '#9fd3f5' : '#7fb7d9' }) +
    box(st, x - 4, top - 16, 8, 12, '#4a4f5a') +
    box(st, x - 16, top - 5, 32, 5, '#4a4f5a')
  );
}

/** A row of joined waiting chairs (kursi tunggu). */
export function waitingChairs(st: Stage, x: number, base: number, n: number, color = '#3d6fa6'): string {
  let s = box(st, x - 4, base - 50, n * 48 + 8, 6, '#8d9299');
  for (let i = 0; i < n; i++) {
    const cx = x + i * 48;
    s += box(st, cx, base - 100, 40, 46, color, { rx: 6 }) + box(st, cx - 2, base - 58, 44, 10, shade(color, 0.15), { rx: 3 });
  }
  s += box(st, x + 6, base - 44, 5, 44, '#6d7279') + box(st, x + n * 48 - 12, base - 44, 5, 44, '#6d7279');
  return s;
}

/** A person far away, as a flat silhouette (crowds in halls and terminals). */
export function silhouette(x: number, base: number, k: number, color: string, variant = 0): string {
  const head =
    variant % 2 === 0
      ? el('circle', { cx: x, cy: base - 165 * k, r: 16 * k, fill: color })
      : P(
          `M${x - 18 * k} ${base - 150 * k} Q${x - 19 * k} ${base - 186 * k} ${x} ${base - 186 * k} Q${x + 19 * k} ${base - 186 * k} ${x + 18 * k} ${base - 150 * k}Z`,
          color,
        );
  return (
    head +
    P(
      `M${x - 22 * k} ${base - 140 * k} Q${x} ${base - 150 * k} ${x + 22 * k} ${base - 140 * k} L${x + 18 * k} ${base - 70 * k} L${x + 12 * k} ${base} H${x + 2 * k} L${x} ${base - 60 * k} L${x - 2 * k} ${base} H${x - 12 * k} L${x - 18 * k} ${base - 70 * k}Z`,
      color,
    )
  );
}

/** A building block for night and day city views. */
export function building(
  st: Stage,
  x: number,
  base: number,
  w: number,
  h: number,
  color: string,
  night: boolean,
  seed: number,
  clearBottom = 30,
): { svg: string; light: string } {
  let s = box(st, x, base - h, w, h, color);
  let lit = '';
  let dark = '';
  const cols = Math.max(2, Math.floor(w / 26));
  const rows = Math.max(2, Math.floor(h / 34));
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const wx = x + 8 + (c * (w - 16)) / cols;
      const wy = base - h + 12 + r * 34;
      if (wy + 18 > base - clearBottom) continue;
      const on = (r * 7 + c * 13 + seed) % 5 > 2;
      const d = `M${num(wx)} ${num(wy)}h${num((w - 16) / cols - 7)}v18h${num(-((w - 16) / cols - 7))}z`;
      if (night && on) lit += d;
      else dark += d;
    }
  s += P(dark, night ? shade(color, 0.35) : mix(color, '#cfe6f5', 0.55));
  return { svg: s, light: lit ? P(lit, '#ffd98a') : '' };
}

/** Shift a drawing (a helper for placing groups). */
export const at = (x: number, y: number, body: string, k = 1): string => g({ transform: tf(x, y, k) }, body);
