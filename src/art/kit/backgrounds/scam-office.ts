/** A scam-compound office: rows of desks with glowing screens and workers seen from behind, barred windows, a camera. */
import { el, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { box, clock, glow, lw, repeatX, room, tubeLight, windowAt } from './parts';
import type { BackgroundDef, Stage } from './types';

/** A worker seen from behind at a desk facing the wall, the screen showing chat bubbles. */
function workstation(st: Stage, x: number, base: number, shirt: string): { svg: string; light: string } {
  const screen = `M${x - 34} ${base - 150}h68v44h-68z`;
  const bubbles = P(`M${x - 26} ${base - 142}h30v9h-30zM${x - 6} ${base - 128}h32v9h-32zM${x - 26} ${base - 116}h22v6h-22z`, '#f4f8fb');
  let s =
    box(st, x - 38, base - 154, 76, 52, '#2d3340', { rx: 3 }) +
    P(screen, st.night ? '#9fd3f5' : '#7fb7d9') +
    bubbles +
    box(st, x - 5, base - 102, 10, 12, '#4a4f5a');
  s += box(st, x - 62, base - 92, 124, 10, '#8d8070') + P(`M${x - 56} ${base - 82}V${base}M${x + 56} ${base - 82}V${base}`, 'none', '#5d646c', lw(st, 3));
  // Two phones lying on the desk, screens lit.
  s += box(st, x + 30, base - 98, 12, 6, '#7fc3e8') + box(st, x + 44, base - 98, 12, 6, '#7fc3e8');
  // The worker's back: head, shoulders and the chair back.
  s +=
    el('circle', { cx: x, cy: base - 118, r: 17, fill: '#241c1a' }) +
    P(`M${x - 30} ${base - 40} Q${x - 32} ${base - 96} ${x} ${base - 100} Q${x + 32} ${base - 96} ${x + 30} ${base - 40}Z`, shirt, BG_INK, lw(st)) +
    box(st, x - 26, base - 64, 52, 40, '#3b3f46', { rx: 4 });
  const light = st.night ? P(screen, '#bfe4ff') + bubbles + glow(st, x, base - 128, 80, '#9fd3f5', 0.3) : '';
  return { svg: s, light };
}

export const scamOffice: BackgroundDef = {
  id: 'scam-office',
  description:
    'Office of an online-scam compound: a row of desks along the wall, workers seen from behind at screens full of chat bubbles, phones on every desk, barred windows, a camera in the corner, a chart of targets on a whiteboard, harsh tube lights.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -46;
    let s = room(st, { wall: '#c9ccc8', dado: '#8d9290', dadoTop: base - 60, floor: '#8a8a86', floorKind: 'tiles', ceilingY: -400, ceiling: '#a3a7a4' });
    for (const x of repeatX(st, -260, 520, 140)) s += windowAt(st, x - 60, -360, 120, 60, { night: n, view: n ? 'dark' : 'sky', bars: true, frame: '#7d8186' });
    // A whiteboard with a bar chart of targets, red marks under the line; a camera watching the room.
    const wx = 40;
    s += box(st, wx - 90, -370, 180, 100, '#fbfcfb') + P(`M${wx - 70} -285V-355M${wx - 70} -285H${wx + 75}`, 'none', '#3b3b40', lw(st, 1.2));
    s +=
      P(`M${wx - 58} -285v-40h16v40zM${wx - 34} -285v-62h16v62zM${wx - 10} -285v-24h16v24zM${wx + 14} -285v-54h16v54z`, '#2a5da8') +
      P(`M${wx - 68} -330H${wx + 72}`, 'none', '#c0392b', lw(st, 1.2), { 'stroke-dasharray': '6 4' }) +
      P(`M${wx + 40} -290l10 10m0 -10l-10 10`, 'none', '#c0392b', lw(st, 1.8));
    s +=
      box(st, -330, -392, 40, 18, '#e9ebee', { rx: 3 }) +
      el('circle', { cx: -318, cy: -383, r: 5, fill: '#2d3340' }) +
      P('M-300 -392v-8', 'none', BG_INK, lw(st, 2));
    s += clock(st, 260, -330, 16);
    let light = '';
    const shirts = ['#5a6a7a', '#7a5a5a', '#4f6a5a', '#6a5a7a'];
    for (const x of repeatX(st, -200, 160, 120)) {
      const w = workstation(st, x, base, shirts[Math.abs(Math.round(x / 160)) % 4]!);
      s += w.svg;
      light += w.light;
    }
    for (const x of repeatX(st, 0, 200)) s += tubeLight(st, x, -410, 140);
    s += el('rect', { x: st.x0 - 10, y: st.y0 - 10, width: st.x1 - st.x0 + 20, height: st.y1 - st.y0 + 20, fill: shade('#9fb8a0', 0.2), opacity: '.1' });
    return { back: s, lights: n ? light : undefined };
  },
};
