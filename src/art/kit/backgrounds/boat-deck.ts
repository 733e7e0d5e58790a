/** The working deck of a fishing boat at sea: bulwark, wheelhouse, mast with lamps, nets, baskets, a line hauler. */
import { el, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { box, fillStage, floorLines, glow, lw, repeatX } from './parts';
import { fishBaskets, lifeRing, netHeap, ropeCoil, water } from './sea-parts';
import type { BackgroundDef, Stage } from './types';
import { villageSky } from './village-house';

/** The wheelhouse's side wall with a door, a window and a life ring, standing on the deck at `base`. */
function wheelhouse(st: Stage, x: number, base: number): string {
  const wall = st.night ? '#cfc8b4' : '#ece5d0';
  let s = box(st, x, base - 300, 230, 300, wall) + box(st, x - 14, base - 318, 258, 20, '#2f6f8a');
  s +=
    box(st, x + 120, base - 200, 70, 200, '#6d8a96') +
    box(st, x + 128, base - 186, 54, 44, st.night ? '#ffd98a' : '#2d3f55') +
    el('circle', { cx: x + 178, cy: base - 100, r: 4, fill: '#d8b25a' });
  s += box(st, x + 20, base - 250, 80, 56, st.night ? '#ffd98a' : '#9fc9e0') + P(`M${x + 60} ${base - 250}v56`, 'none', wall, lw(st, 3));
  return s + lifeRing(st, x + 60, base - 130, 30);
}

export const boatDeck: BackgroundDef = {
  id: 'boat-deck',
  description:
    "A fishing boat's working deck at sea: plank deck, a painted bulwark with the sea beyond, the wheelhouse wall with a door and a life ring, a mast with lamp strings, heaps of net, fish baskets, a line hauler and rope.",
  hasNight: true,
  draw(st) {
    const n = st.night;
    const horizon = -235;
    const railTop = -128;
    const base = -46;
    const sky = villageSky(st, horizon, [-260, -440]);
    let s = sky.svg + water(st, horizon, railTop + 4);
    let light = sky.light;
    // Mast and rigging rising from behind the bulwark, with a string of lamps.
    const mx = 150;
    s +=
      box(st, mx - 7, st.y0 - 20, 14, base - st.y0 + 20, '#8a6a48') +
      P(`M${mx} -420L${mx + 420} ${railTop}M${mx} -420L${mx - 520} ${railTop}`, 'none', '#5d4a3a', lw(st, 1));
    let lamps = '';
    for (const x of repeatX(st, mx - 440, 110, 40)) {
      const y = x < mx ? -420 + (mx - x) * (292 / 520) : -420 + (x - mx) * (292 / 420);
      if (y > railTop - 30 || Math.abs(x - mx) < 30) continue;
      lamps += `M${x} ${y}v6M${x - 5} ${y + 12}a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z`;
      if (n) light += glow(st, x, y + 12, 46, '#fff3c4', 0.5);
    }
    s += P(lamps, n ? '#fffbe6' : '#f3efe0', '#5d4a3a', lw(st, 0.8));
    if (n) light += P(lamps, '#fffbe6');
    // Bulwark: the boat's painted inner side, a wooden cap rail and the scuppers.
    const hull = n ? '#3d7f8c' : '#4f9fae';
    s +=
      fillStage(st, hull, railTop, base + 1) +
      el('rect', { x: st.x0 - 10, y: railTop - 10, width: st.x1 - st.x0 + 20, height: 14, fill: '#9a6f44', stroke: BG_INK, 'stroke-width': lw(st) });
    let ribs = '';
    for (const x of repeatX(st, 40, 120)) ribs += `M${x} ${railTop + 4}V${base}`;
    s += P(ribs, 'none', shade(hull, 0.22), lw(st, 2.4)) + P(`M${st.x0 - 10} ${railTop + 40}H${st.x1 + 10}`, 'none', '#f4f1e8', lw(st, 4));
    for (const x of repeatX(st, 100, 240)) s += box(st, x - 18, base - 16, 36, 12, shade(hull, 0.45), { rx: 4 });
    // Deck planks.
    const deck = n ? '#8c7a60' : '#c4a57a';
    s += fillStage(st, deck, base, st.y1 + 10) + floorLines(st, base, deck, 'planks');
    s += wheelhouse(st, -520, base + 2);
    // Gear along the bulwark.
    for (const x of repeatX(st, 300, 760, 120))
      s += netHeap(st, x, base + 24, 1.2, '#4f8a5a') + fishBaskets(st, x - 540, base + 20, 2, '#e07a2f') + ropeCoil(st, x - 300, base + 18);
    // A line hauler (winch) on its post.
    for (const x of repeatX(st, -200, 760, 80))
      s +=
        box(st, x - 8, base - 80, 16, 84, '#5d646c') +
        el('circle', { cx: x, cy: base - 92, r: 22, fill: '#7d858f', stroke: BG_INK, 'stroke-width': lw(st) }) +
        el('circle', { cx: x, cy: base - 92, r: 9, fill: '#3b4048' });
    return { back: s, lights: n ? light : undefined };
  },
};
