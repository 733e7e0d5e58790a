/** Dinas Tenaga Kerja: a government office with a queue-number machine, waiting chairs and a desk. */
import { el, P } from '../../svg';
import { BG_INK } from '../palette';
import { box, clock, lw, officeDesk, picture, plant, repeatX, room, tubeLight, waitingChairs, windowAt } from './parts';
import { officialPortraits } from './offices';
import type { BackgroundDef } from './types';

export const disnakerOffice: BackgroundDef = {
  id: 'disnaker-office',
  description: 'District manpower office (Disnaker): queue-number machine, queue display, waiting chairs, desk, portraits, information posters without text.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -46;
    let s = room(st, { wall: '#dbe7ec', dado: '#7fa7bd', dadoTop: base - 60, floor: '#e8e4da', floorKind: 'tiles' });
    s += officialPortraits(st, 90, -300);
    // Queue display: dark panel with glowing blocks.
    const dx = -160;
    s += box(st, dx - 70, -300, 140, 54, '#23262d', { rx: 4 });
    const seg = P(`M${dx - 56} -288h40v30h-40zM${dx - 6} -288h20v30h-20zM${dx + 22} -288h20v30h-20zM${dx + 48} -288h10v30h-10z`, '#e2483c');
    // Queue-number machine: a kiosk with a screen, a button and a ticket slot.
    const kx = -330;
    s +=
      box(st, kx, base - 170, 70, 170, '#e9edf0', { rx: 8 }) +
      box(st, kx + 10, base - 158, 50, 38, '#2d3340', { rx: 3 }) +
      el('rect', { x: kx + 14, y: base - 154, width: 42, height: 30, fill: '#7fc3e8' }) +
      el('circle', { cx: kx + 35, cy: base - 100, r: 9, fill: '#d63b3b', stroke: BG_INK, 'stroke-width': lw(st) }) +
      box(st, kx + 20, base - 80, 30, 5, '#2d3340') +
      P(`M${kx + 30} ${base - 75} v10 h10 v-10`, '#fbf8f0', BG_INK, lw(st, 0.6));
    s += box(st, kx + 5, base - 190, 60, 16, '#2f6f9f', { rx: 3 });
    s += waitingChairs(st, -240, base, 4);
    s += picture(st, -250, -230, 60, 78, 'poster-safe') + picture(st, -60, -236, 60, 78, 'poster-safe');
    const d = officeDesk(st, 230, base, 170, { night: n });
    s += d.svg + plant(st, 380, base, 0.9) + windowAt(st, 340, -300, 110, 140, { night: n, view: 'city', panes: 2, frame: '#e9edf0' });
    s += clock(st, -160, -340, 16);
    for (const x of repeatX(st, 0, 280)) s += tubeLight(st, x, -410, 130);
    return { back: s + seg, lights: (n ? d.light : '') + seg };
  },
};
