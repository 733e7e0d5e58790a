/** The crew's cabin below deck: a low beamed ceiling, narrow wooden bunks three high, a porthole, a bare bulb. */
import { el, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { box, bulb, lw, repeatX, room } from './parts';
import { lifeRing } from './sea-parts';
import type { BackgroundDef, Stage } from './types';

/** A stack of three narrow bunks with a thin mattress, a pillow and a sarong hung as a curtain on the middle one. */
function bunks(st: Stage, x: number, base: number, cloth: string): string {
  const w = 180;
  const wood = '#8a6240';
  let s = '';
  for (const [i, y] of [base - 30, base - 120, base - 210].entries()) {
    s +=
      box(st, x, y - 50, w, 50, shade('#5a4634', 0.2)) +
      box(st, x + 4, y - 14, w - 8, 12, '#d8d0bc', { rx: 3 }) +
      box(st, x + 10, y - 24, 36, 12, '#f1ece0', { rx: 5 });
    if (i === 1)
      s +=
        P(`M${x + 70} ${y - 50}h${w - 74}v44q-20 -8 -40 0q-20 -8 -40 0q-18 -8 -30 0z`, cloth, BG_INK, lw(st)) +
        P(`M${x + 100} ${y - 50}v40M${x + 140} ${y - 50}v40`, 'none', shade(cloth, 0.25), lw(st, 0.8));
    s += box(st, x - 6, y - 2, w + 12, 10, wood);
  }
  return s + box(st, x - 12, base - 270, 12, 270, shade(wood, 0.15)) + box(st, x + w, base - 270, 12, 270, shade(wood, 0.15));
}

export const boatCabin: BackgroundDef = {
  id: 'boat-cabin',
  description:
    "Crew cabin below deck: low ceiling with beams, plank walls, narrow wooden bunks three high with thin mattresses and a sarong curtain, a round porthole onto the sea, boots and a bag, a bare bulb. Night: only the bulb and the porthole's moonlight.",
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -40;
    const wall = '#b48a5e';
    let s = room(st, { wall, floor: '#6d5a46', floorKind: 'planks', baseY: base, ceilingY: -330, ceiling: '#7a5a3c' });
    let planks = '';
    for (let y = -310; y < base; y += 34) planks += `M${st.x0 - 10} ${y}H${st.x1 + 10}`;
    s += P(planks, 'none', shade(wall, 0.2), lw(st, 0.8));
    for (const x of repeatX(st, 0, 160)) s += box(st, x - 10, st.y0 - 10, 20, -330 - st.y0 + 22, '#5e432c');
    const cloths = ['#b5473a', '#3d5a80', '#5a8a4c'];
    let i = 0;
    for (const x of repeatX(st, -370, 460, 200)) s += bunks(st, x, base, cloths[Math.abs(i++) % 3]!);
    // The porthole between the bunks, with the sea outside.
    const px = -20;
    const py = -230;
    s += el('circle', { cx: px, cy: py, r: 40, fill: '#8d949c', stroke: BG_INK, 'stroke-width': lw(st) });
    s +=
      el('circle', { cx: px, cy: py, r: 30, fill: n ? '#1f3a63' : '#8cc3dc', stroke: BG_INK, 'stroke-width': lw(st) }) +
      P(`M${px - 30} ${py + 6}Q${px} ${py - 2} ${px + 30} ${py + 6}V${py + 4}A30 30 0 0 1 ${px - 30} ${py + 4}Z`, n ? '#2f5587' : '#3f8fb5');
    for (const a of [0, 1.57, 3.14, 4.71]) s += el('circle', { cx: px + Math.cos(a) * 35, cy: py + Math.sin(a) * 35, r: 2.6, fill: '#5d646c' });
    // Things of the crew: a bag on a nail, boots, a life ring, a water jerrycan.
    s += P(`M${px + 50} -175l0 -8`, 'none', BG_INK, lw(st, 1.2)) + P(`M${px + 30} -120q0 -50 20 -55q20 5 20 55z`, '#5a4b6a', BG_INK, lw(st));
    s += P(`M${px + 20} ${base + 4}v-40h20v30h18v10zM${px + 52} ${base + 10}v-40h20v30h18v10z`, '#2b2b2f', BG_INK, lw(st));
    s += lifeRing(st, px - 110, -150, 28) + box(st, px - 60, base - 44, 34, 46, '#2f7fc0', { rx: 5 });
    const b = bulb(st, px + 60, -290, -330, true);
    s += b.svg;
    // Below deck is dim even by day.
    s += el('rect', { x: st.x0 - 10, y: st.y0 - 10, width: st.x1 - st.x0 + 20, height: st.y1 - st.y0 + 20, fill: '#2a2418', opacity: n ? '.12' : '.08' });
    return { back: s, lights: b.light + (n ? el('circle', { cx: px, cy: py, r: 30, fill: '#9fb8e0', opacity: '.25' }) : '') };
  },
};
