/** A bank hall: teller windows behind a counter with glass, corporate stripes, a queue display, an ATM. */
import { el, P } from '../../svg';
import { shade } from '../palette';
import { box, lw, plant, repeatX, room, tubeLight } from './parts';
import type { BackgroundDef } from './types';

export const bankCounter: BackgroundDef = {
  id: 'bank-counter',
  description: 'Bank hall: teller counter with glass screens and tellers\u2019 windows, blue corporate stripes without logos, queue display, ATM, plants.',
  hasNight: false,
  draw(st) {
    const base = -46;
    let s = room(st, { wall: '#eef2f5', dado: '#1f4e8a', dadoTop: base - 8, floor: '#d9dde2', floorKind: 'tiles', ceilingY: -420 });
    s +=
      el('rect', { x: st.x0 - 10, y: -380, width: st.x1 - st.x0 + 20, height: 26, fill: '#1f4e8a' }) +
      el('rect', { x: st.x0 - 10, y: -352, width: st.x1 - st.x0 + 20, height: 6, fill: '#f2b134' });
    // Counter with glass partitions and numbered windows (coloured dots instead of numbers).
    const cl = -150;
    const cr = 420;
    for (const x of repeatX(st, -40, 220, 220)) {
      if (x < cl - 100 || x > cr + 100) continue;
      s +=
        box(st, x - 100, -320, 200, 150, '#f7f9fb') +
        el('rect', { x: x - 100, y: -320, width: 200, height: 150, fill: '#cfe8f0', opacity: '.45' }) +
        P(`M${x - 70} -300 l40 40M${x + 20} -300 l30 30`, 'none', '#ffffff', lw(st, 2), { opacity: '.8' });
      s += box(st, x - 20, -346, 40, 22, '#1f4e8a', { rx: 4 }) + el('circle', { cx: x, cy: -335, r: 6, fill: '#f2b134' });
    }
    s +=
      box(st, cl - 20, base - 130, cr - cl + 40, 130, '#e1e5ea') +
      box(st, cl - 28, base - 140, cr - cl + 56, 12, '#8a6a4a') +
      el('rect', { x: cl - 20, y: base - 80, width: cr - cl + 40, height: 14, fill: '#1f4e8a' });
    // Queue display.
    const qd = P('M-46 -402h24v14h-24zM-14 -402h12v14h-12zM6 -402h12v14h-12zM26 -402h20v14h-20z', '#e2483c');
    s += box(st, -60, -410, 120, 30, '#23262d', { rx: 3 }) + qd;
    // ATM at the side and brochures.
    const ax = -300;
    s +=
      box(st, ax, base - 210, 100, 210, '#c9d1d9', { rx: 6 }) +
      box(st, ax + 15, base - 190, 70, 50, '#2d3340') +
      el('rect', { x: ax + 20, y: base - 185, width: 60, height: 40, fill: '#7fc3e8' }) +
      box(st, ax + 20, base - 130, 60, 30, shade('#c9d1d9', 0.15)) +
      box(st, ax + 30, base - 90, 40, 6, '#2d3340');
    const rx = 480;
    s += box(st, rx, base - 130, 60, 130, '#9aa0a8');
    for (let i = 0; i < 3; i++) s += box(st, rx + 6, base - 124 + i * 38, 48, 30, ['#f2b134', '#1f4e8a', '#3aa55d'][i]!);
    s += plant(st, -390, base + 2, 1) + plant(st, -170, base + 2, 0.8);
    for (const x of repeatX(st, 0, 240)) s += tubeLight(st, x, -430, 120);
    return { back: s, lights: undefined };
  },
};
