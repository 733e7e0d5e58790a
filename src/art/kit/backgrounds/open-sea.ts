/** The open sea seen from a boat: a wide sky, no land, another boat far off, a pipe rail and a strip of deck. */
import { P } from '../../svg';
import { BG_INK } from '../palette';
import { box, cloud, fillStage, lw, repeatX } from './parts';
import { BOAT_COLOURS, fishingBoat, water } from './sea-parts';
import type { BackgroundDef } from './types';
import { villageSky } from './village-house';

export const openSea: BackgroundDef = {
  id: 'open-sea',
  description:
    'Open sea from a boat: wide sky over an empty horizon (moon and its path on the water at night), one fishing boat far off, a pipe rail and a strip of deck in front.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const horizon = -170;
    const railTop = -112;
    const base = -40;
    const mx = 240;
    const sky = villageSky(st, horizon, [mx, -262]);
    let s = sky.svg;
    if (!n) s += cloud(-320, -250, 1.6, '#f4f8fb') + cloud(60, -210, 1.1, '#f4f8fb');
    s += water(st, horizon, base + 2);
    let light = sky.light;
    if (n) {
      // The moon's path on the water.
      let path = '';
      for (let y = horizon + 5, w = 16, i = 0; y < base; y += 7 + i * 1.5, w *= 1.22, i++)
        path += `M${mx - w / 2 + ((i * 37) % 11) - 5} ${y}h${w * (0.5 + ((i * 7) % 5) * 0.1)}`;
      light += P(path, 'none', '#fff3c4', lw(st, 1.6), { opacity: '.6', 'stroke-linecap': 'round' });
    }
    const far = fishingBoat(st, -230, horizon + 14, 0.22, BOAT_COLOURS[1]!, true);
    s += far.svg;
    light += far.light;
    // The boat's own rail: posts and two pipes, and the deck edge.
    let posts = '';
    for (const x of repeatX(st, 0, 150)) posts += `M${x} ${railTop}V${base}`;
    s +=
      P(`${posts}M${st.x0 - 10} ${railTop}H${st.x1 + 10}M${st.x0 - 10} ${(railTop + base) / 2}H${st.x1 + 10}`, 'none', BG_INK, lw(st, 5.2)) +
      P(`${posts}M${st.x0 - 10} ${railTop}H${st.x1 + 10}M${st.x0 - 10} ${(railTop + base) / 2}H${st.x1 + 10}`, 'none', n ? '#aeb4bc' : '#dfe3e7', lw(st, 3.4));
    s += box(st, st.x0 - 10, base - 8, st.x1 - st.x0 + 20, 10, n ? '#3d6f7c' : '#4f9fae');
    s += fillStage(st, n ? '#7d6d56' : '#bfa077', base + 2, st.y1 + 10);
    return { back: s, lights: n ? light : undefined };
  },
};
