/** The citizen-service hall of an Indonesian embassy or consulate: service windows behind glass, emblem, flag, queue chairs. */
import { el, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { box, flag, lw, plant, repeatX, room, silhouette, tubeLight, waitingChairs } from './parts';
import { noticeBoard, officialPortraits } from './offices';
import type { BackgroundDef, Stage } from './types';

/** A pictogram for a service window: passport, papers, or two people (help). */
function windowSign(st: Stage, kind: number, x: number, y: number): string {
  const w = '#ffffff';
  switch (kind % 3) {
    case 0:
      return (
        box(st, x - 8, y - 11, 16, 22, w, { rx: 2, stroke: 'none' }) +
        el('circle', { cx: x, cy: y - 2, r: 4, fill: 'none', stroke: '#8e2f2f', 'stroke-width': 1.6 })
      );
    case 1:
      return P(`M${x - 9} ${y - 11}h13l5 5v17h-18z`, w) + P(`M${x - 5} ${y - 2}h10M${x - 5} ${y + 3}h10`, 'none', '#8e2f2f', 1.4);
    default:
      return (
        el('circle', { cx: x - 6, cy: y - 5, r: 4, fill: w }) +
        el('circle', { cx: x + 6, cy: y - 5, r: 4, fill: w }) +
        P(`M${x - 13} ${y + 10}q7 -14 14 0zM${x - 1} ${y + 10}q7 -14 14 0z`, w)
      );
  }
}

export const embassyCounter: BackgroundDef = {
  id: 'embassy-counter',
  description:
    'Citizen-service hall of an Indonesian embassy or consulate (KBRI/KJRI): service windows behind glass with pictogram signs and officers at screens, a golden emblem between portraits, the red-and-white flag, a notice board, queue chairs.',
  hasNight: false,
  draw(st) {
    const base = -46;
    let s = room(st, { wall: '#efe6d2', dado: '#7a5638', dadoTop: base - 40, floor: '#e6dfd2', floorKind: 'tiles', ceilingY: -445 });
    // A red-and-white band along the top of the wall, the emblem with the portraits, and the flag.
    s +=
      el('rect', { x: st.x0 - 10, y: -432, width: st.x1 - st.x0 + 20, height: 10, fill: '#d6312d' }) +
      el('rect', { x: st.x0 - 10, y: -422, width: st.x1 - st.x0 + 20, height: 8, fill: '#fbf8f0' });
    s += officialPortraits(st, 0, -400);
    // Service windows: a wooden counter, glass above, an officer at a screen behind each.
    const colours = ['#8e2f2f', '#2f6f9f', '#3e7d4f'];
    for (const x of repeatX(st, -110, 220, 220)) {
      const k = ((Math.round((x + 110) / 220) % 3) + 3) % 3;
      s += box(st, x - 100, -256, 200, 88, '#dfe9ee') + silhouette(x + 10, -118, 0.62, '#7d8aa0', k) + box(st, x + 34, -212, 50, 36, '#2d3340', { rx: 2 });
      s +=
        el('rect', { x: x - 100, y: -256, width: 200, height: 88, fill: '#cfe8f0', opacity: '.35' }) +
        P(`M${x - 76} -244l30 30M${x + 30} -248l22 22`, 'none', '#ffffff', lw(st, 2), { opacity: '.8' });
      s += box(st, x - 36, -290, 72, 26, colours[k]!, { rx: 5 }) + windowSign(st, k, x, -277);
      s +=
        P(`M${x - 74} -168v-34`, 'none', '#8a8f96', lw(st, 1.4)) +
        P(`M${x - 74} -202h22v7h-22z`, '#d6312d') +
        P(`M${x - 74} -195h22v7h-22z`, '#fbf8f0', BG_INK, lw(st, 0.5));
      s += box(st, x - 30, -178, 60, 8, '#3b3b40') + P(`M${x - 100} -256V-168`, 'none', '#7a5638', lw(st, 3));
    }
    s += box(st, st.x0 - 10, base - 122, st.x1 - st.x0 + 20, 12, '#5e412a') + box(st, st.x0 - 10, base - 110, st.x1 - st.x0 + 20, 110, '#9a6f48');
    let panels = '';
    for (const x of repeatX(st, 0, 110)) panels += `M${x - 45} ${base - 96}h90v80h-90z`;
    s += P(panels, shade('#9a6f48', 0.1), '#6e4c30', lw(st, 0.8));
    // Flag, notice board and queue chairs at the sides.
    s +=
      flag(st, -330, base + 40, 1.1) + noticeBoard(st, 330, -270, 140, 100) + waitingChairs(st, 380, base + 60, 3, '#8e2f2f') + plant(st, -440, base + 40, 1);
    for (const x of repeatX(st, 110, 220)) s += tubeLight(st, x, -455, 120);
    return { back: s };
  },
};
