/** LTSA, the one-stop service hall: a row of service desks with colour-coded signs, chairs, people. */
import { el, P } from '../../svg';
import { shade } from '../palette';
import { box, lw, monitor, plant, repeatX, room, silhouette, tubeLight, waitingChairs, windowAt } from './parts';
import type { BackgroundDef } from './types';
import type { Stage } from './types';

/** A pictogram (no letters) for each service desk. */
function icon(st: Stage, kind: number, x: number, y: number): string {
  const w = '#ffffff';
  switch (kind % 6) {
    case 0: // passport
      return (
        box(st, x - 8, y - 11, 16, 22, w, { rx: 2, stroke: 'none' }) +
        el('circle', { cx: x, cy: y - 2, r: 4, fill: 'none', stroke: '#2f6f9f', 'stroke-width': 1.6 })
      );
    case 1: // health cross
      return P(`M${x - 3.5} ${y - 11}h7v7.5h7.5v7h-7.5v7.5h-7v-7.5h-7.5v-7h7.5z`, w);
    case 2: // shield (police)
      return P(`M${x} ${y - 12} L${x + 10} ${y - 7} Q${x + 10} ${y + 6} ${x} ${y + 12} Q${x - 10} ${y + 6} ${x - 10} ${y - 7}Z`, w);
    case 3: // coins (bank)
      return (
        el('ellipse', { cx: x, cy: y + 6, rx: 10, ry: 4, fill: w }) +
        el('ellipse', { cx: x, cy: y, rx: 10, ry: 4, fill: w, stroke: '#c0841a', 'stroke-width': 1 }) +
        el('ellipse', { cx: x, cy: y - 6, rx: 10, ry: 4, fill: w, stroke: '#c0841a', 'stroke-width': 1 })
      );
    case 4: // ID card
      return box(st, x - 12, y - 8, 24, 16, w, { rx: 2, stroke: 'none' }) + el('circle', { cx: x - 5, cy: y - 1, r: 3.4, fill: '#6a4c93' });
    default: // umbrella (social protection)
      return P(`M${x - 12} ${y} Q${x} ${y - 18} ${x + 12} ${y}Z M${x} ${y} v9 q0 3 -3 3`, w, w, 1.6);
  }
}

export const ltsaHall: BackgroundDef = {
  id: 'ltsa-hall',
  description: 'One-stop service hall (LTSA): a row of service desks with colour-coded sign boxes showing pictograms, waiting chairs, other applicants.',
  hasNight: false,
  draw(st) {
    const base = -60;
    let s = room(st, { wall: '#eef0ea', dado: '#4f8fb8', dadoTop: base - 30, floor: '#e3ddd0', floorKind: 'tiles', ceilingY: -450 });
    const colours = ['#2f6f9f', '#d24b3e', '#3e7d4f', '#c0841a', '#6a4c93', '#2a9d8f'];
    // High windows and a band of the service colours along the upper wall.
    for (const x of repeatX(st, 0, 190, 190)) s += windowAt(st, x - 70, -420, 140, 70, { night: false, view: 'sky', panes: 2, frame: '#d9dcdf' });
    colours.forEach((c, j) => {
      s += el('rect', { x: st.x0 - 10, y: -318 + j * 4, width: st.x1 - st.x0 + 20, height: 4, fill: c, opacity: '.8' });
    });
    // A row of service desks; the row repeats to fill wide panels.
    const step = 190;
    for (const x of repeatX(st, -95, step, step)) {
      const k = ((Math.round((x + 95) / step) % 6) + 6) % 6;
      const c = colours[k]!;
      s += P(`M${x - 28} -296 V-276 M${x + 28} -296 V-276`, 'none', '#7d8186', lw(st));
      s += box(st, x - 46, -278, 92, 40, c, { rx: 6 }) + icon(st, k, x, -258);
      s += box(st, x - 86, -230, 172, 74, '#f7f6f1') + el('rect', { x: x - 86, y: -230, width: 172, height: 7, fill: c });
      s += silhouette(x + 14, base - 34, 0.6, shade('#8a95a5', 0.1), k);
      s +=
        box(st, x - 88, base - 95, 176, 95, '#d9d4c6') +
        box(st, x - 92, base - 100, 184, 8, '#8a6a4a') +
        el('rect', { x: x - 88, y: base - 62, width: 176, height: 10, fill: c });
      s += monitor(st, x - 40, base - 100, false);
      s += P(`M${x - 95} -236 V${base - 100}`, 'none', '#b9bcbf', lw(st, 3));
    }
    s += waitingChairs(st, -150, base + 10, 3, '#5a6f8a');
    s += silhouette(-110, base + 10, 0.68, '#9aa6b5', 1) + silhouette(500, base + 20, 0.7, '#9aa6b5', 0);
    s += plant(st, -420, base + 10, 1.1) + plant(st, 420, base + 10, 1.1);
    for (const x of repeatX(st, 95, 190)) s += tubeLight(st, x, -460, 110);
    return { back: s };
  },
};
