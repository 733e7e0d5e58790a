/** A small roadside warung: zinc roof, a counter with jars, hanging sachets, a glass case and a kettle. */
import { el, P } from '../../svg';
import { BG_INK, shade, tint } from '../palette';
import { box, bulb, bush, fillStage, hills, lw, palm, repeatX } from './parts';
import { villageSky } from './village-house';
import type { BackgroundDef } from './types';

export const warung: BackgroundDef = {
  id: 'warung',
  description: 'Roadside warung / coffee stall: counter with jars of crackers, hanging snack sachets, glass case, kettle, striped awning.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const horizon = -200;
    let s = villageSky(st, horizon).svg + hills(st, horizon, n ? '#2f4d55' : '#8fbf80', 30, 220, 5);
    for (const x of repeatX(st, -560, 420, 100)) s += palm(st, x, horizon + 30, 0.6, 10);
    s += fillStage(st, n ? '#6e6358' : '#cdb592', horizon + 20, st.y1 + 10);
    // Stall frame: wooden posts and a back wall of planks.
    const L = -330;
    const R = 330;
    const base = -50;
    const top = -330;
    s += box(st, L, top, R - L, base - top, '#b98a5a');
    let planks = '';
    for (let x = L + 30; x < R; x += 30) planks += `M${x} ${top}V${base}`;
    s += P(planks, 'none', shade('#b98a5a', 0.2), lw(st, 0.8));
    // Shelves with jars and packets.
    const shelf = (y: number): string => box(st, L + 30, y, R - L - 60, 7, '#7a4f2c');
    s += shelf(-250) + shelf(-190);
    const jarCols = ['#f2c14e', '#e07a5f', '#81b29a', '#f4a259', '#c8d96f'];
    for (let i = 0; i < 10; i++) {
      const x = L + 50 + i * 58;
      const c = jarCols[i % jarCols.length]!;
      s +=
        box(st, x, -290, 34, 40, tint('#dff1f5', 0.2), { rx: 5, 'fill-opacity': '.9' }) +
        el('rect', { x: x + 4, y: -278, width: 26, height: 26, fill: c, rx: 3 }) +
        box(st, x + 4, -296, 26, 7, '#d94f3d', { rx: 2 });
      s +=
        box(st, x + 6, -230, 22, 40, i % 2 ? '#3d7dca' : '#e8e2d0') +
        el('rect', { x: x + 6, y: -214, width: 22, height: 8, fill: i % 3 ? '#e63946' : '#2a9d8f' });
    }
    // Hanging sachet strips from the eaves.
    let strips = '';
    const sachet = ['#e63946', '#f4a261', '#2a9d8f', '#e9c46a', '#6a4c93'];
    for (let i = 0; i < 9; i++) {
      const x = L + 40 + i * 72;
      strips += P(`M${x + 9} ${top + 4}V${top + 16}`, 'none', BG_INK, lw(st));
      for (let j = 0; j < 4; j++) strips += box(st, x, top + 16 + j * 20, 18, 18, sachet[(i + j) % sachet.length]!, { rx: 1.5 });
    }
    s += strips;
    // Counter with a glass case, jars and a kettle.
    const ctop = -150;
    s +=
      box(st, L + 10, ctop - 60, 150, 60, tint('#cfe8f0', 0.3), { 'fill-opacity': '.8' }) +
      P(`M${L + 20} ${ctop - 30}H${L + 150}`, 'none', BG_INK, lw(st, 0.7));
    for (let i = 0; i < 5; i++)
      s +=
        el('circle', { cx: L + 35 + i * 25, cy: ctop - 44, r: 9, fill: i % 2 ? '#e9b44c' : '#d98b4a' }) +
        el('rect', { x: L + 25 + i * 25, y: ctop - 22, width: 20, height: 14, rx: 3, fill: '#f0d08a' });
    s +=
      P(`M${R - 150} ${ctop} q0 -26 22 -26 q22 0 22 26z`, '#c7cbd1', BG_INK, lw(st)) +
      P(`M${R - 106} ${ctop - 16} l16 -10`, 'none', BG_INK, lw(st, 2)) +
      box(st, R - 140, ctop - 34, 20, 6, '#9aa0a8', { rx: 2 });
    s += box(st, R - 90, ctop - 56, 24, 56, '#d94f3d', { rx: 5 }) + box(st, R - 88, ctop - 64, 20, 8, '#3b3b40', { rx: 2 });
    s += box(st, L - 10, ctop, R - L + 20, 12, '#8a5a34') + box(st, L, ctop + 12, R - L, base - ctop - 12, '#4f8fa0');
    let boards = '';
    for (let y = ctop + 30; y < base; y += 22) boards += `M${L} ${y}H${R}`;
    s += P(boards, 'none', shade('#4f8fa0', 0.25), lw(st, 0.8));
    // Posts and a striped awning.
    s += box(st, L - 14, top - 20, 14, base - top + 26, '#6b4226') + box(st, R, top - 20, 14, base - top + 26, '#6b4226');
    let awning = '';
    for (let x = L - 60, i = 0; x < R + 60; x += 40, i++)
      awning += P(`M${x} ${top - 40} h40 l0 44 q-10 10 -20 0 q-10 10 -20 0z`, i % 2 ? '#f4f1e8' : '#2f8f6f', BG_INK, lw(st));
    s += box(st, L - 70, top - 70, R - L + 140, 32, '#9aa3ab') + awning;
    s += bush(st, L - 90, -20, 0.8) + bush(st, R + 110, -24, 0.9, '#5fa35a');
    const b = bulb(st, 60, top + 44, top + 6, n);
    s += b.svg;
    return { back: s, lights: n ? b.light : undefined };
  },
};
