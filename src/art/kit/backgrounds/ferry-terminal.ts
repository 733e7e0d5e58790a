/** A ferry port's waiting hall: tall windows onto a docked car ferry, rows of seats, a ticket window, travellers. */
import { el, num, P } from '../../svg';
import { BG_INK, shade, tint } from '../palette';
import { box, fillStage, glow, lw, repeatX, silhouette, tubeLight, waitingChairs } from './parts';
import { coast, water } from './sea-parts';
import type { BackgroundDef, Stage } from './types';
import { villageSky } from './village-house';

/** A white car ferry, bow to the left with its ramp down, its waterline on `y`; `k` = 1 is about 1100 long. */
function ferry(st: Stage, x: number, y: number, k: number): { svg: string; light: string } {
  const n = st.night;
  const white = n ? '#c9cfd8' : '#f4f6f8';
  const X = (v: number): string => num(x + v * k);
  const Y = (v: number): string => num(y + v * k);
  const R = (x0: number, y0: number, w: number, h: number): string => `M${X(x0)} ${Y(y0)}h${num(w * k)}v${num(h * k)}h${num(-w * k)}z`;
  let s = P(`M${X(-560)} ${Y(-90)}L${X(540)} ${Y(-90)}L${X(520)} ${Y(0)}L${X(-500)} ${Y(0)}Z`, white, BG_INK, lw(st));
  s += P(R(-550, -40, 1080, 14), '#2a5da8') + P(R(-520, -16, 1030, 16), '#b5473a');
  s += P(R(-420, -170, 860, 80) + R(-300, -230, 600, 60), white, BG_INK, lw(st)) + P(R(60, -290, 70, 60), '#e9c46a', BG_INK, lw(st));
  let win = '';
  for (let wx = -400; wx < 400; wx += 46) win += R(wx, -150, 30, 22);
  for (let wx = -280; wx < 280; wx += 60) win += R(wx, -214, 44, 24);
  s += P(win, n ? '#ffd98a' : '#2d3f55');
  // The lowered ramp at the bow.
  s += P(`M${X(-560)} ${Y(-90)}L${X(-640)} ${Y(10)}L${X(-600)} ${Y(10)}L${X(-540)} ${Y(-80)}Z`, shade(white, 0.2), BG_INK, lw(st));
  return { svg: s, light: n ? P(win, '#ffd98a') : '' };
}

export const ferryTerminal: BackgroundDef = {
  id: 'ferry-terminal',
  description:
    'Ferry port waiting hall: tall windows onto the sea and a docked white car ferry with its ramp down, rows of joined seats, a ticket window, travellers with bags (distinct from the bus terminal).',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -50;
    const sill = -150;
    // Outside, through the glass: sky, an island, sea, the ferry.
    const sky = villageSky(st, -250, [-330, -440]);
    let s = sky.svg + coast(st, -250, n ? '#2c3f63' : '#7fa6a0') + water(st, -250, sill);
    const f = ferry(st, 190, -190, 0.55);
    s += f.svg;
    let light = sky.light + f.light;
    // The hall: window frames, the wall under the sill, a ceiling band with lights.
    let mull = '';
    for (const x of repeatX(st, 0, 160)) mull += `M${x} ${st.y0 - 10}V${sill}`;
    s += P(`${mull}M${st.x0 - 10} -330H${st.x1 + 10}`, 'none', '#5d646c', lw(st, 4));
    s += fillStage(st, '#d8d2c2', sill, base + 1) + el('rect', { x: st.x0 - 10, y: sill - 6, width: st.x1 - st.x0 + 20, height: 10, fill: '#8d949c' });
    s += fillStage(st, '#8d949c', st.y0 - 10, -440) + el('rect', { x: st.x0 - 10, y: -446, width: st.x1 - st.x0 + 20, height: 12, fill: '#2a5da8' });
    // A ticket window in the side wall, seats, travellers with bags.
    const tx = -420;
    s +=
      box(st, tx - 90, -330, 180, base + 330, '#e9e4d8') +
      box(st, tx - 60, -250, 120, 90, '#cfe8f0') +
      box(st, tx - 70, -160, 140, 14, '#7a5638') +
      box(st, tx - 46, -300, 92, 30, '#2a5da8', { rx: 4 });
    s += P(`M${tx - 20} -292l22 0l-8 -6m8 6l-8 6M${tx + 20} -278l-22 0l8 -6m-8 6l8 6`, 'none', '#ffffff', lw(st, 1.4));
    s += fillStage(st, '#cfc8b8', base, st.y1 + 10);
    let tiles = '';
    for (const x of repeatX(st, 0, 90)) tiles += `M${x} ${base}L${x * 1.5} ${st.y1 + 10}`;
    s += P(tiles + `M${st.x0 - 10} ${base + 20}H${st.x1 + 10}`, 'none', shade('#cfc8b8', 0.14), lw(st, 0.8));
    for (const x of repeatX(st, -360, 700, 140)) s += waitingChairs(st, x + 620, base + 18, 4, '#2a7f9a');
    s +=
      silhouette(-250, base + 20, 0.72, tint('#6f7a8a', 0.2), 1) +
      silhouette(300, base + 24, 0.7, tint('#6f7a8a', 0.25), 0) +
      box(st, -226, base - 16, 40, 36, '#b5473a', { rx: 6 });
    for (const x of repeatX(st, 0, 260)) {
      s += tubeLight(st, x, -428, 130);
      if (n) light += glow(st, x, -420, 120, '#fff3c4', 0.25);
    }
    return { back: s, lights: n ? light : undefined };
  },
};
