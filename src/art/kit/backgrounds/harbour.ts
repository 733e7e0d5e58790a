/** A fishing harbour seen from the quay: moored wooden boats, islands on the horizon, nets, baskets, bollards. */
import { el, P } from '../../svg';
import { shade } from '../palette';
import { fillStage, glow, lw, repeatX } from './parts';
import { BOAT_COLOURS, bollard, coast, fishBaskets, fishingBoat, netHeap, ripples, ropeCoil, water } from './sea-parts';
import type { BackgroundDef } from './types';
import { villageSky } from './village-house';

export const harbour: BackgroundDef = {
  id: 'harbour',
  description:
    'Fishing harbour from the quay: painted wooden fishing boats moored in rows, islands on the horizon, heaps of nets with floats, fish baskets, bollards with ropes, a lamp post (boat lamps glow at night).',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const horizon = -215;
    const edge = -58;
    const sky = villageSky(st, horizon, [320, -430]);
    let s = sky.svg + coast(st, horizon, n ? '#2c3f63' : '#7fa6a0');
    s += water(st, horizon, edge + 2);
    let light = sky.light;
    // Far row of boats, then a near row moored along the quay.
    for (const x of repeatX(st, -260, 300, 200)) {
      const i = Math.abs(Math.round(x / 300));
      const b = fishingBoat(st, x, horizon + 36, 0.4, BOAT_COLOURS[(i + 2) % 4]!, i % 2 === 1);
      s += b.svg;
      light += b.light;
    }
    for (const x of repeatX(st, -150, 420, 260)) {
      const i = Math.abs(Math.round((x + 150) / 420));
      const c = BOAT_COLOURS[i % 4]!;
      const b = fishingBoat(st, x, edge - 16, 0.82, c, i % 2 === 1);
      s += b.svg + ripples(st, x, edge - 16, 200, n ? '#8fb0d8' : '#d6ecf5');
      light += b.light;
    }
    // The quay: concrete with a painted edge, expansion joints and a few stains.
    const quay = n ? '#6f6a64' : '#c8c1b4';
    s += fillStage(st, quay, edge, st.y1 + 10);
    s += el('rect', { x: st.x0 - 10, y: edge, width: st.x1 - st.x0 + 20, height: 9, fill: n ? '#8c877f' : '#e4ded2' });
    let joints = '';
    for (const x of repeatX(st, 0, 160)) joints += `M${x * 0.9} ${edge + 9}L${x * 1.3} ${st.y1 + 10}`;
    s += P(joints + `M${st.x0 - 10} ${edge + 40}H${st.x1 + 10}`, 'none', shade(quay, 0.14), lw(st, 0.8));
    for (const x of repeatX(st, -260, 520, 100))
      s += bollard(st, x, edge + 22) + P(`M${x} ${edge - 6}Q${x + 40} ${edge - 2} ${x + 70} ${edge - 40}`, 'none', '#c9a66b', lw(st, 1.6));
    // Gear on the quay, kept to the sides where people rarely stand.
    for (const x of repeatX(st, -330, 700, 120)) s += netHeap(st, x, -26, 1.05) + fishBaskets(st, x + 610, -24, 2) + ropeCoil(st, x + 150, -34, 0.9);
    // A lamp post.
    for (const x of repeatX(st, 200, 700, 60)) {
      s +=
        P(`M${x} ${edge + 30}V-330Q${x} -348 ${x - 24} -348H${x - 36}`, 'none', '#3b3f46', lw(st, 3.4)) +
        el('ellipse', { cx: x - 40, cy: -344, rx: 13, ry: 6, fill: n ? '#fff3c4' : '#e9e4d8', stroke: '#3b3f46', 'stroke-width': lw(st) });
      if (n) light += glow(st, x - 40, -338, 110, '#ffe9a0', 0.45) + el('ellipse', { cx: x - 40, cy: -344, rx: 13, ry: 6, fill: '#fff7d4' });
    }
    return { back: s, lights: n ? light : undefined };
  },
};
