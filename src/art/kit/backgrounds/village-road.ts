/** A village road between rice fields, with a volcano, coconut palms and power poles. */
import { el, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { hills, lw, palm, repeatX } from './parts';
import { villageSky } from './village-house';
import type { BackgroundDef } from './types';

export const villageRoad: BackgroundDef = {
  id: 'village-road',
  description: 'Village road through green rice fields, hills and a volcano behind, palms and power poles.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const horizon = -170;
    const sky = villageSky(st, horizon, [250, -400]);
    let s = sky.svg;
    // Volcano and hills.
    s +=
      P(`M-520 ${horizon} L-240 -330 Q-215 -345 -190 -330 L80 ${horizon}Z`, n ? '#3c4f78' : '#8fa9c9') +
      P('M-262 -318 L-240 -330 Q-215 -345 -190 -330 L-170 -318 Q-200 -310 -215 -322 Q-235 -308 -262 -318Z', n ? '#8794b8' : '#eef3f7');
    s += hills(st, horizon, n ? '#2f4d55' : '#7fb77a', 36, 240, 11);
    // Rice fields: bands getting wider towards the front, with dykes.
    const field = n ? '#3f6b45' : '#8cc768';
    const field2 = n ? '#365f3c' : '#7ab95a';
    s += el('rect', { x: st.x0 - 10, y: horizon, width: st.x1 - st.x0 + 20, height: st.y1 - horizon + 10, fill: field });
    let bands = '';
    let y = horizon + 6;
    let gap = 8;
    let alt = false;
    while (y < st.y1 + 10) {
      if (alt) bands += `M${st.x0 - 10} ${y}H${st.x1 + 10}V${y + gap}H${st.x0 - 10}Z`;
      y += gap;
      gap *= 1.45;
      alt = !alt;
    }
    s += P(bands, field2);
    let dykes = '';
    for (const x of repeatX(st, 0, 90, 600)) dykes += `M${x * 0.12} ${horizon}L${x * 1.6} ${st.y1 + 10}`;
    s += P(dykes, 'none', shade(field, 0.2), lw(st, 0.8));
    // Rice seedlings as little ticks in the middle distance.
    let rice = '';
    for (let yy = horizon + 40; yy < -40; yy += 22) for (const x of repeatX(st, 10, 40 + (yy - horizon) * 0.2)) rice += `M${x} ${yy}l-2 -6M${x} ${yy}l2 -7`;
    s += P(rice, 'none', n ? '#5a8a55' : '#5c9a45', lw(st, 0.8));
    // The road, narrowing to the horizon.
    s += P(`M-14 ${horizon} H14 L260 ${st.y1 + 10} H-260Z`, n ? '#4d4d55' : '#8d8a86', BG_INK, lw(st));
    s += P(`M-14 ${horizon} L-260 ${st.y1 + 10} M14 ${horizon} L260 ${st.y1 + 10}`, 'none', n ? '#6b6b70' : '#c9c1b0', lw(st, 3));
    let dash = '';
    for (const t of [0.08, 0.2, 0.36, 0.58, 0.88]) {
      const yy = horizon + (st.y1 + 10 - horizon) * t;
      dash += `M0 ${yy}V${yy + 4 + t * 40}`;
    }
    s += P(dash, 'none', '#f2efe6', lw(st, 1.6 + 0.5));
    // Palms and power poles along the road.
    for (const x of repeatX(st, -420, 840, 200)) s += palm(st, x, -30, 0.9, 12);
    for (const x of repeatX(st, -190, 840, 200)) s += palm(st, x, -110, 0.5, 8);
    for (const x of repeatX(st, 170, 840, 200)) s += palm(st, x, -125, 0.42, -6);
    for (const x of repeatX(st, 380, 840, 200)) s += palm(st, x, -60, 0.75, -10);
    let wires = '';
    for (const [px, k] of [
      [-330, 1],
      [-120, 0.55],
      [-45, 0.3],
    ] as const) {
      s +=
        P(`M${px} ${-20 * k + horizon * (1 - k)} V${horizon * (1 - k) - 250 * k}`, 'none', '#6b5a4a', lw(st, 3 * k + 0.5)) +
        P(`M${px - 24 * k} ${horizon * (1 - k) - 232 * k} H${px + 24 * k}`, 'none', '#6b5a4a', lw(st, 2 * k + 0.5));
      wires += `${wires ? 'L' : 'M'}${px - 24 * k} ${horizon * (1 - k) - 230 * k}`;
    }
    s += P(wires, 'none', '#3b3330', lw(st, 0.6));
    return { back: s, lights: sky.light || undefined };
  },
};
