/** A crowded workers' dormitory: bunk beds, clothes on a line, bags on the floor, a fan, a small window. */
import { el, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { box, bulb, lw, repeatX, room, windowAt } from './parts';
import type { BackgroundDef } from './types';
import type { Stage } from './types';

function bunk(st: Stage, x: number, base: number, sheet: string, sheet2: string): string {
  const w = 200;
  const metal = '#6d7a82';
  let s = '';
  for (const y of [base - 40, base - 170]) {
    s +=
      box(st, x, y - 18, w, 18, sheet, { rx: 4 }) +
      box(st, x + 8, y - 30, 46, 14, '#f4f1ea', { rx: 6 }) +
      P(`M${x + 70} ${y - 18} q40 -8 ${w - 80} 2 v16 h${-(w - 70)}z`, sheet2, BG_INK, lw(st));
    s += box(st, x - 4, y, w + 8, 8, metal);
  }
  s += box(st, x - 10, base - 280, 10, 280, metal) + box(st, x + w, base - 280, 10, 280, metal);
  let ladder = '';
  for (let y = base - 150; y < base - 20; y += 26) ladder += `M${x + w - 30} ${y}h30`;
  s += P(`M${x + w - 30} ${base - 170}V${base - 10}${ladder}`, 'none', metal, lw(st, 2));
  return s;
}

export const dormitory: BackgroundDef = {
  id: 'dormitory',
  description: "Crowded workers' dorm: metal bunk beds, clothes hanging on a line, bags and a bucket on the floor, small window, wall fan.",
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -46;
    let s = room(st, { wall: '#d8d2bd', dado: '#b7b09a', dadoTop: base - 60, floor: '#9c9484', floorKind: 'concrete', ceilingY: -380 });
    s += windowAt(st, -60, -350, 90, 70, { night: n, view: 'city', bars: true, frame: '#9aa0a8' });
    const sheets: [string, string][] = [
      ['#6a8caf', '#9fb8d0'],
      ['#b5473a', '#d9775a'],
      ['#5a8a4c', '#8fb87a'],
    ];
    let i = 0;
    for (const x of repeatX(st, -330, 250, 250)) s += bunk(st, x, base, ...sheets[Math.abs(i++) % 3]!);
    // A washing line with clothes.
    let clothes = P(`M${st.x0 - 10} -330 Q0 -300 ${st.x1 + 10} -330`, 'none', '#4b4b50', lw(st, 0.8));
    const cc = ['#e07a5f', '#3d5a80', '#f2cc8f', '#81b29a', '#f4f1ea'];
    for (const x of repeatX(st, -20, 90)) {
      const c = cc[Math.abs(Math.round(x / 90)) % cc.length]!;
      const y = -330 + 30 * (1 - (x / 600) ** 2) * 0 + 20 - Math.abs(x) * 0.01;
      clothes += P(`M${x - 20} ${y - 6} l12 -6 h16 l12 6 l-6 12 l-4 -2 v40 h-20 v-40 l-4 2z`, c, BG_INK, lw(st, 0.8));
    }
    s += clothes;
    // Bags and a bucket on the floor.
    for (const x of repeatX(st, -200, 250, 100))
      s += box(st, x, base - 36, 56, 36, '#5a4b6a', { rx: 8 }) + P(`M${x + 70} ${base} l4 -34 h36 l4 34z`, '#2a7fb8', BG_INK, lw(st));
    // Wall fan.
    const fx = 170;
    s +=
      el('circle', { cx: fx, cy: -300, r: 30, fill: '#e9ebee', stroke: BG_INK, 'stroke-width': lw(st) }) +
      P(`M${fx} -300 q14 -22 4 -26 q-14 6 -4 26 q24 4 24 -8 q-12 -10 -24 8 q-14 20 -4 24 q12 -4 4 -24`, shade('#8fc3e8', 0.1)) +
      box(st, fx - 6, -270, 12, 30, '#9aa0a8');
    const b = bulb(st, 40, -300, -380, n);
    s += b.svg;
    return {
      back: s + (n ? '' : el('rect', { x: st.x0 - 10, y: st.y0 - 10, width: st.x1 - st.x0 + 20, height: st.y1 - st.y0 + 20, fill: '#3a3020', opacity: '.08' })),
      lights: n ? b.light : undefined,
    };
  },
};
