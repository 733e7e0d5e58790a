/** Kantor desa: cream walls, portraits and flag, a service counter at the back, a clerk's desk, files. */
import { el, P } from '../../svg';
import { shade } from '../palette';
import { box, clock, door, flag, lw, monitor, plant, repeatX, room, tubeLight, windowAt } from './parts';
import { noticeBoard, officialPortraits } from './offices';
import type { BackgroundDef } from './types';

export const villageOffice: BackgroundDef = {
  id: 'village-office',
  description: 'Village office (kantor desa) interior: service counter, desk with files, portraits and flag, notice board, cabinet.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -46;
    let s = room(st, { wall: '#f1e6c8', dado: '#c9a46a', dadoTop: base - 90, floor: '#d9d2c2', floorKind: 'tiles' });
    s += officialPortraits(st, -20, -296);
    s += flag(st, 150, base, 1);
    s += noticeBoard(st, -320, -270, 150, 110);
    s += windowAt(st, 260, -280, 120, 130, { night: n, view: 'trees', panes: 4, frame: '#e9e2d0' });
    // Service counter across the back.
    const cl = -150;
    const cr = 110;
    s += box(st, cl, base - 110, cr - cl, 110, '#b07a45') + box(st, cl - 6, base - 118, cr - cl + 12, 10, '#8a5a34');
    let panels = '';
    for (let x = cl + 20; x < cr; x += 52) panels += `M${x} ${base - 96}h40v80h-40z`;
    s += P(panels, shade('#b07a45', 0.12), '#7a4f2c', lw(st, 0.8));
    s += monitor(st, -70, base - 118, n) + box(st, 20, base - 130, 50, 12, '#fbf8f0') + box(st, 24, base - 140, 44, 10, '#efe7d4');
    // Filing cabinet with box files.
    const fx = -480;
    s += box(st, fx, base - 200, 110, 200, '#8c9296');
    for (let i = 0; i < 4; i++)
      s += box(st, fx + 8, base - 192 + i * 48, 94, 42, '#a3a9ad') + box(st, fx + 45, base - 176 + i * 48, 20, 6, '#5d6266', { rx: 2 });
    s +=
      el('rect', { x: fx + 8, y: base - 250, width: 22, height: 48, fill: '#2f6f9f' }) +
      el('rect', { x: fx + 34, y: base - 246, width: 22, height: 44, fill: '#c0392b' }) +
      el('rect', { x: fx + 60, y: base - 250, width: 22, height: 48, fill: '#e0a526' });
    s += door(st, 420, base, 100, 220, '#8a5a34');
    s += plant(st, 230, base, 1) + clock(st, 200, -330, 18);
    for (const x of repeatX(st, 0, 260)) s += tubeLight(st, x, -395, 120);
    return {
      back: s,
      lights: n
        ? el('rect', { x: st.x0 - 10, y: st.y0 - 10, width: st.x1 - st.x0 + 20, height: st.y1 - st.y0 + 20, fill: '#fff6d8', opacity: '.12' })
        : undefined,
    };
  },
};
