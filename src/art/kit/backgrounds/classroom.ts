/** A classroom at a training centre: a whiteboard with a diagram of shapes, posters, windows, desks at the sides. */
import { el, P } from '../../svg';
import { shade } from '../palette';
import { box, clock, lw, picture, repeatX, room, tubeLight, windowAt } from './parts';
import type { BackgroundDef, Stage } from './types';

/** A whiteboard on its rail with a marker diagram: boxes joined by arrows, a tick and a cross (no words). */
function whiteboard(st: Stage, x: number, y: number, w: number, h: number): string {
  let s = box(st, x - 6, y - 6, w + 12, h + 12, '#9aa0a8', { rx: 3 }) + el('rect', { x, y, width: w, height: h, fill: '#fbfcfb' });
  const blue = '#2a5da8';
  const red = '#c0392b';
  const bx = (i: number): number => x + w * (0.1 + i * 0.3);
  for (let i = 0; i < 3; i++)
    s += el('rect', { x: bx(i), y: y + h * 0.22, width: w * 0.2, height: h * 0.22, rx: 4, fill: 'none', stroke: blue, 'stroke-width': lw(st, 1.6) });
  s += P(
    `M${bx(0) + w * 0.21} ${y + h * 0.33}h${w * 0.08}l-6 -5m6 5l-6 5M${bx(1) + w * 0.21} ${y + h * 0.33}h${w * 0.08}l-6 -5m6 5l-6 5`,
    'none',
    blue,
    lw(st, 1.6),
  );
  s +=
    P(`M${x + w * 0.14} ${y + h * 0.7}l8 8l16 -18`, 'none', '#2f8f4f', lw(st, 2.2)) +
    P(`M${x + w * 0.62} ${y + h * 0.62}l16 16m0 -16l-16 16`, 'none', red, lw(st, 2.2));
  s += P(`M${x + w * 0.26} ${y + h * 0.74}h${w * 0.22}M${x + w * 0.72} ${y + h * 0.7}h${w * 0.18}`, 'none', '#6b6f76', lw(st, 1.2));
  return (
    s +
    box(st, x + w * 0.1, y + h, w * 0.8, 8, '#7d8590') +
    el('rect', { x: x + w * 0.2, y: y + h - 2, width: 18, height: 5, fill: blue }) +
    el('rect', { x: x + w * 0.26, y: y + h - 2, width: 18, height: 5, fill: red })
  );
}

/** A student desk with its chair tucked in, seen from the front. */
function studentDesk(st: Stage, x: number, base: number): string {
  const wood = '#c9a06a';
  return (
    box(st, x - 40, base - 118, 80, 44, '#3d6fa6', { rx: 5 }) +
    box(st, x - 60, base - 76, 120, 10, wood) +
    P(`M${x - 52} ${base - 66}V${base}M${x + 52} ${base - 66}V${base}`, 'none', '#5d646c', lw(st, 3)) +
    box(st, x - 14, base - 90, 30, 14, '#f6f2e8')
  );
}

export const classroom: BackgroundDef = {
  id: 'classroom',
  description:
    'Classroom at a training centre: a whiteboard with a marker diagram of boxes and arrows, a tick and a cross (no words), safety and first-aid posters, a clock, windows, student desks at the sides.',
  hasNight: false,
  draw(st) {
    const base = -46;
    let s = room(st, { wall: '#e3ecdf', dado: '#8fb39a', dadoTop: base - 80, floor: '#d8d2c4', floorKind: 'tiles', ceilingY: -420 });
    s += whiteboard(st, -150, -330, 300, 160) + clock(st, 0, -370, 18);
    s += picture(st, -300, -320, 80, 104, 'poster-safe') + picture(st, 220, -320, 80, 104, 'poster-safe', '#3e7d4f');
    // A first-aid box on the wall.
    s += box(st, 330, -250, 60, 50, '#f6f2e8', { rx: 4 }) + P('M356 -236h8v9h9v8h-9v9h-8v-9h-9v-8h9z', '#d6312d');
    for (const x of repeatX(st, -520, 1040, 100)) s += windowAt(st, x - 70, -330, 140, 150, { night: false, view: 'trees', panes: 4, frame: '#f1ead9' });
    for (const x of repeatX(st, 220, 440, 100)) s += studentDesk(st, x + 20, base + 22) + studentDesk(st, -x - 20, base + 22);
    s += P(`M${st.x0 - 10} ${base - 80}H${st.x1 + 10}`, 'none', shade('#8fb39a', 0.3), lw(st));
    for (const x of repeatX(st, 0, 240)) s += tubeLight(st, x, -432, 130);
    return { back: s };
  },
};
