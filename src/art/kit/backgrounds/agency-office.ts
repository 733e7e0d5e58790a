/** A licensed placement agency (P3MI): tidy, framed licence, world map, shelves of binders, water dispenser. */
import { el, P } from '../../svg';
import { shade } from '../palette';
import { box, clock, lw, officeDesk, picture, plant, repeatX, room, tubeLight, windowAt } from './parts';
import type { BackgroundDef } from './types';

export const agencyOffice: BackgroundDef = {
  id: 'agency-office',
  description: 'A licensed agency office: neat desk, framed licence certificate, world map, binders, water dispenser, plant.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -46;
    let s = room(st, { wall: '#f4f2ec', dado: '#2a9d8f', dadoTop: base - 14, floor: '#cfd6d8', floorKind: 'planks' });
    s += el('rect', { x: st.x0 - 10, y: -190, width: st.x1 - st.x0 + 20, height: 10, fill: '#2a9d8f' });
    s += picture(st, -60, -300, 90, 66, 'certificate') + picture(st, 50, -300, 90, 66, 'certificate');
    s += picture(st, -300, -310, 180, 110, 'map', '#3b3b40');
    // Shelves with binders.
    const bx = -470;
    s += box(st, bx, base - 230, 130, 230, '#e9e4d8');
    const bind = ['#2f6f9f', '#2a9d8f', '#e0a526', '#d24b3e', '#6a4c93'];
    for (let r = 0; r < 4; r++) {
      s += box(st, bx + 6, base - 168 + r * 56, 118, 6, '#b8ad98');
      for (let i = 0; i < 6; i++)
        s +=
          box(st, bx + 10 + i * 18, base - 212 + r * 56, 15, 44, bind[(i + r) % bind.length]!) +
          el('circle', { cx: bx + 17.5 + i * 18, cy: base - 180 + r * 56, r: 3, fill: '#f4f2ec' });
    }
    // Water dispenser (galon).
    const wx = 170;
    s +=
      box(st, wx, base - 110, 50, 110, '#f0f0ee', { rx: 4 }) +
      el('circle', { cx: wx + 25, cy: base - 70, r: 4, fill: '#3a78c8' }) +
      el('circle', { cx: wx + 25, cy: base - 56, r: 4, fill: '#d24b3e' }) +
      P(
        `M${wx + 8} ${base - 110} Q${wx + 2} ${base - 170} ${wx + 25} ${base - 172} Q${wx + 48} ${base - 170} ${wx + 42} ${base - 110}Z`,
        '#9fd3f0',
        undefined,
        undefined,
        { opacity: '.85', stroke: shade('#9fd3f0', 0.3), 'stroke-width': lw(st) },
      );
    const d = officeDesk(st, 330, base, 180, { night: n });
    s += d.svg + plant(st, -180, base, 1.1) + windowAt(st, 300, -330, 180, 150, { night: n, view: 'city', panes: 4, frame: '#d9dcdf' });
    s += clock(st, 200, -240, 18);
    for (const x of repeatX(st, 0, 260)) s += tubeLight(st, x, -400, 130);
    return { back: s, lights: n ? d.light : undefined };
  },
};
