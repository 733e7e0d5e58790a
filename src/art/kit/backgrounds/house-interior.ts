/** A village living room: painted walls, a woven mat, a cabinet with a TV, a family photo and a clock. */
import { el, P } from '../../svg';
import { BG_INK, shade, tint } from '../palette';
import { box, bulb, clock, door, lw, picture, repeatX, room, windowAt } from './parts';
import type { BackgroundDef } from './types';

export const houseInterior: BackgroundDef = {
  id: 'house-interior',
  description: 'Living room of a village house: green walls, window with curtains, woven mat (tikar), cabinet with TV, family photo, clock.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -46;
    let s = room(st, { wall: '#cfe0bf', dado: '#a9c79a', dadoTop: base - 80, floor: '#e4d3b4', floorKind: 'tiles', ceiling: '#d9ccb0' });
    // Mat (tikar) on the floor, in perspective.
    const matTop = base + 8;
    let stripes = '';
    for (let y = matTop + 6; y < 8; y += 7) stripes += `M-${260 + (y - matTop) * 0.9} ${y}H${260 + (y - matTop) * 0.9}`;
    s += P(`M-250 ${matTop} H250 L300 14 H-300Z`, '#d8b36a', BG_INK, lw(st));
    s += P(stripes, 'none', '#b5453a', lw(st, 1.4), { opacity: '.7' });
    s += windowAt(st, -250, -250, 130, 120, { night: n, view: 'trees', curtains: '#d9775a', panes: 4 });
    s += door(st, 190, base, 100, 220, '#8a5a34', false);
    s += picture(st, -55, -270, 80, 60, 'family');
    s += picture(st, 50, -250, 50, 40, 'landscape');
    s += clock(st, -10, -295, 18);
    s += picture(st, 118, -285, 40, 54, 'calendar');
    // Cabinet (bufet) with a small TV on the left.
    const cx = -420;
    s +=
      box(st, cx, base - 110, 170, 110, '#8a5a34') +
      box(st, cx + 10, base - 100, 70, 60, shade('#8a5a34', 0.15)) +
      box(st, cx + 90, base - 100, 70, 60, tint('#cfe8f0', 0.2)) +
      P(`M${cx + 10} ${base - 30}H${cx + 160}`, 'none', BG_INK, lw(st));
    s +=
      box(st, cx + 30, base - 190, 110, 78, '#2b2f36', { rx: 6 }) +
      el('rect', { x: cx + 38, y: base - 182, width: 94, height: 62, fill: n ? '#5c8fbf' : '#46525e' }) +
      box(st, cx + 75, base - 112, 20, 4, '#2b2f36');
    // A rack of shoes-off sandals by the door.
    s += P(`M200 ${base + 14} h22 v5 h-22z M228 ${base + 14} h22 v5 h-22z`, '#5a3a2a', BG_INK, lw(st, 0.8));
    for (const x of repeatX(st, 600, 400)) if (Math.abs(x) > 500) s += picture(st, x - 30, -260, 60, 80, 'landscape');
    const b = bulb(st, 30, -340, -380, n);
    s += b.svg;
    return { back: s, lights: n ? b.light + el('rect', { x: cx + 38, y: base - 182, width: 94, height: 62, fill: '#8fc3f0', opacity: '.8' }) : undefined };
  },
};
