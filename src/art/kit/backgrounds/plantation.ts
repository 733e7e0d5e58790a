/** An oil-palm plantation: rows of palms going back to the hills, a red laterite road, fruit bunches, workers' barracks. */
import { el, num, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { box, fillStage, hills, lw, repeatX, windowGlow } from './parts';
import type { BackgroundDef, Stage } from './types';
import { villageSky } from './village-house';

/**
 * An oil palm: a stout trunk of old frond bases, a crown of long arching fronds and its fruit bunches.
 * Far palms (`near` false) keep six fronds and no ribs, scars or fruit: they are small, and many.
 */
function oilPalm(st: Stage, x: number, base: number, k: number, night: boolean, near: boolean): string {
  const top = base - 130 * k;
  const leaf = night ? '#2f5a3f' : '#3f8a4a';
  let fronds = '';
  let ribs = '';
  for (const a of near ? [-172, -150, -128, -104, -80, -56, -32, -10, 160, 20] : [-165, -125, -90, -55, -15, 170]) {
    const r = (a * Math.PI) / 180;
    const len = 120 * k;
    const ex = x + Math.cos(r) * len;
    const ey = top + Math.sin(r) * len * 0.6 + 40 * k;
    const mx = x + Math.cos(r) * len * 0.5;
    const my = top + Math.sin(r) * len * 0.7 - 10 * k;
    const nx = -Math.sin(r) * 9 * k;
    const ny = Math.cos(r) * 9 * k;
    fronds += `M${num(x)} ${num(top)}Q${num(mx + nx)} ${num(my + ny)} ${num(ex)} ${num(ey)}Q${num(mx - nx)} ${num(my - ny)} ${num(x)} ${num(top)}Z`;
    ribs += `M${num(x)} ${num(top)}Q${num(mx)} ${num(my)} ${num(ex)} ${num(ey)}`;
  }
  const trunk = P(`M${num(x - 16 * k)} ${base}L${num(x - 12 * k)} ${num(top)}H${num(x + 12 * k)}L${num(x + 16 * k)} ${base}Z`, '#7a6242', BG_INK, lw(st, 0.8));
  if (!near) return trunk + P(fronds, leaf, BG_INK, lw(st, 0.6));
  let scars = '';
  for (let y = base - 14 * k; y > top + 8 * k; y -= 16 * k) scars += `M${num(x - 13 * k)} ${num(y)}l${num(13 * k)} ${num(-8 * k)}l${num(13 * k)} ${num(8 * k)}`;
  const fruit =
    el('circle', { cx: x - 8 * k, cy: top + 8 * k, r: 8 * k, fill: '#8a2e1e' }) + el('circle', { cx: x + 8 * k, cy: top + 10 * k, r: 7 * k, fill: '#b8461e' });
  return (
    trunk + P(scars, 'none', shade('#7a6242', 0.3), lw(st, 0.7)) + P(fronds, leaf, BG_INK, lw(st, 0.6)) + P(ribs, 'none', shade(leaf, 0.3), lw(st, 0.7)) + fruit
  );
}

export const plantation: BackgroundDef = {
  id: 'plantation',
  description:
    "Oil-palm plantation: rows of oil palms going back to the hills, a red laterite road through them, a heap of harvested fruit bunches and a wheelbarrow, the workers' wooden barracks (lit windows at night).",
  hasNight: true,
  draw(st) {
    const n = st.night;
    const horizon = -190;
    const sky = villageSky(st, horizon, [-280, -420]);
    let s = sky.svg + hills(st, horizon, n ? '#2f4a4a' : '#8cb987', 34, 260, 21);
    s += fillStage(st, n ? '#3f5a3a' : '#8aa860', horizon, st.y1 + 10);
    // The road, red earth, narrowing to the hills.
    s += P(`M-40 ${horizon}H40L260 ${num(st.y1 + 10)}H-260Z`, n ? '#7a5040' : '#b8683e');
    s += P(`M-10 ${horizon + 10}L-60 ${num(st.y1 + 10)}M12 ${horizon + 10}L70 ${num(st.y1 + 10)}`, 'none', shade(n ? '#7a5040' : '#b8683e', 0.2), lw(st, 1.2));
    // The barracks, far off to the right.
    const bx = 300;
    const bb = horizon + 20;
    let light = sky.light;
    s +=
      box(st, bx, bb - 70, 280, 70, n ? '#9a8a70' : '#cdb792') +
      P(`M${bx - 16} ${bb - 66}L${bx + 20} ${bb - 100}H${bx + 260}L${bx + 296} ${bb - 66}Z`, '#8d949c', BG_INK, lw(st));
    for (let wx = bx + 20; wx < bx + 260; wx += 56) {
      s += box(st, wx, bb - 54, 26, 24, n ? '#ffd98a' : '#5a4a3a');
      if (n) light += windowGlow(wx, bb - 54, 26, 24);
    }
    // Rows of palms: far and small, then nearer and larger on either side of the road.
    for (const x of repeatX(st, 0, 110, 60)) if (Math.abs(x) > 60) s += oilPalm(st, x, horizon + 14, 0.42, n, false);
    for (const x of repeatX(st, 60, 150, 100)) if (Math.abs(x) > 130) s += oilPalm(st, x, horizon + 70, 0.75, n, false);
    for (const x of repeatX(st, 150, 300, 200)) if (Math.abs(x) > 240) s += oilPalm(st, x, -20, 1.25, n, true);
    // Harvested bunches by the road and a wheelbarrow.
    let heap = '';
    for (const [hx, hy] of [
      [-200, -44],
      [-178, -46],
      [-222, -42],
      [-190, -62],
      [-212, -60],
    ] as const)
      heap += `M${hx - 13} ${hy}a13 11 0 1 0 26 0a13 11 0 1 0 -26 0z`;
    s += P(heap, '#9a3a1e', BG_INK, lw(st, 0.8));
    s +=
      P('M170 -60h70l-12 30h-50z', '#5d646c', BG_INK, lw(st)) +
      el('circle', { cx: 204, cy: -26, r: 10, fill: '#2b2b2f' }) +
      P('M240 -60l36 -14', 'none', '#7a5638', lw(st, 2.4));
    return { back: s, lights: n ? light : undefined };
  },
};
