/** A bus terminal: a steel canopy, parked long-distance buses, benches, a departure board of blocks. */
import { el, P } from '../../svg';
import { BG_INK, shade, tint } from '../palette';
import { box, fillStage, lw, repeatX, silhouette } from './parts';
import { villageSky } from './village-house';
import type { BackgroundDef } from './types';
import type { Stage } from './types';

function bus(st: Stage, x: number, base: number, color: string, night: boolean): string {
  const w = 380;
  const h = 150;
  let s = P(
    `M${x} ${base - 20} V${base - h + 14} Q${x} ${base - h} ${x + 16} ${base - h} H${x + w - 30} Q${x + w} ${base - h} ${x + w} ${base - h + 40} V${base - 20}Z`,
    color,
    BG_INK,
    lw(st),
  );
  s += el('rect', { x, y: base - 60, width: w, height: 16, fill: shade(color, 0.25) }) + el('rect', { x, y: base - 46, width: w, height: 6, fill: '#f2c14e' });
  let win = '';
  for (let i = 0; i < 7; i++) win += `M${x + 14 + i * 48} ${base - h + 18}h40v44h-40z`;
  s +=
    P(win, night ? '#ffd98a' : '#9fc9e0', BG_INK, lw(st, 0.8)) +
    P(`M${x + w - 22} ${base - h + 18} h18 q4 20 2 50 h-20z`, night ? '#ffd98a' : '#9fc9e0', BG_INK, lw(st, 0.8));
  for (const wx of [x + 70, x + w - 80])
    s +=
      el('circle', { cx: wx, cy: base - 20, r: 24, fill: '#2b2b2f', stroke: BG_INK, 'stroke-width': lw(st) }) +
      el('circle', { cx: wx, cy: base - 20, r: 10, fill: '#9aa0a8' });
  return s;
}

export const busTerminal: BackgroundDef = {
  id: 'bus-terminal',
  description: 'Bus terminal: steel canopy on pillars, parked intercity buses, benches, travellers, a departure board made of coloured blocks.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -70;
    let s = villageSky(st, base).svg;
    s += fillStage(st, n ? '#5c5c60' : '#b9b4aa', base - 10, st.y1 + 10);
    // Platform edge and painted kerb.
    s += el('rect', { x: st.x0 - 10, y: base + 24, width: st.x1 - st.x0 + 20, height: 10, fill: '#e9e4d8' });
    let kerb = '';
    for (const x of repeatX(st, 0, 60)) kerb += `M${x} ${base + 24}h30v10h-30z`;
    s += P(kerb, '#d6312d');
    const colours = ['#2a7fb8', '#e07a2f', '#3e9d5f'];
    for (const x of repeatX(st, -420, 420, 400)) s += bus(st, x, base + 18, colours[Math.abs(Math.round(x / 420)) % 3]!, n);
    // Canopy and pillars.
    s += fillStage(st, '#8d949c', st.y0 - 10, -380) + el('rect', { x: st.x0 - 10, y: -392, width: st.x1 - st.x0 + 20, height: 18, fill: '#5d646c' });
    let beams = '';
    for (const x of repeatX(st, 0, 80)) beams += `M${x} -392 L${x + 40} ${st.y0 - 10}`;
    s += P(beams, 'none', '#6d747c', lw(st, 1.5));
    for (const x of repeatX(st, -280, 560, 40)) s += box(st, x - 12, -380, 24, 380 + base + 30, '#e9e4d8') + box(st, x - 16, base + 20, 32, 12, '#b9b4aa');
    // Departure board: rows of coloured blocks.
    const bx = -90;
    s += box(st, bx, -370, 180, 90, '#23262d', { rx: 4 }) + P(`M${bx} -382 v12 M${bx + 180} -382 v12`, 'none', '#3b3b40', lw(st, 2));
    let rows = '';
    for (let r = 0; r < 4; r++)
      rows += `M${bx + 10} ${-360 + r * 20}h50v10h-50zM${bx + 70} ${-360 + r * 20}h${60 - r * 8}v10h${-(60 - r * 8)}zM${bx + 140} ${-360 + r * 20}h28v10h-28z`;
    const board = P(rows, '#f2b134');
    // Travellers.
    s +=
      silhouette(-200, base + 40, 0.7, tint('#6f7a8a', 0.2), 1) +
      silhouette(-240, base + 40, 0.66, tint('#6f7a8a', 0.25), 0) +
      silhouette(260, base + 44, 0.72, tint('#6f7a8a', 0.2), 0);
    return { back: s + board, lights: board };
  },
};
