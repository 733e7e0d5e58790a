/** A street in a city abroad: tall buildings with lit windows, neon shapes, street lamps, a pavement. */
import { el, P } from '../../svg';
import { shade } from '../palette';
import { box, building, fillStage, glow, lw, moonAndStars, repeatX, skyFill } from './parts';
import type { BackgroundDef } from './types';

export const cityStreetAbroad: BackgroundDef = {
  id: 'city-street-abroad',
  description:
    'City street abroad: tall buildings with lit windows, neon signs made of shapes, street lamps, pavement and road. Night by design; day works too.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -60;
    let s = fillStage(st, skyFill(st, n ? '#141c3c' : '#8ec5e6', n ? '#3a3466' : '#e5eef2', -600, base), st.y0 - 10, base + 1);
    if (n) s += moonAndStars(st, -260, -520);
    let lights = '';
    const far = ['#5c6f8a', '#6a6488', '#4f6a7a'];
    for (const x of repeatX(st, -500, 130, 130)) {
      const i = Math.abs(Math.round(x / 130));
      const b = building(st, x, base - 40, 120, 300 + (i % 4) * 70, n ? shade(far[i % 3]!, 0.35) : far[i % 3]!, n, i);
      // Far windows stay in the back layer, so nearer buildings hide them.
      s += b.svg + b.light;
    }
    const near = ['#8a6f5a', '#7a8a9a', '#9a7a6a', '#6f7f6f'];
    for (const x of repeatX(st, -420, 210, 210)) {
      const i = Math.abs(Math.round(x / 210));
      const b = building(st, x, base, 190, 260 + (i % 3) * 60, n ? shade(near[i % 4]!, 0.3) : near[i % 4]!, n, i + 3, 136);
      s += b.svg;
      lights += b.light;
      // A neon sign of shapes on each building.
      const c = ['#ff4f8b', '#3ff2e0', '#ffd23f', '#9b5de5'][i % 4]!;
      const sign =
        el('rect', { x: x + 40, y: base - 120, width: 110, height: 40, rx: 8, fill: 'none', stroke: c, 'stroke-width': lw(st, 3) }) +
        el('circle', { cx: x + 65, cy: base - 100, r: 10, fill: c }) +
        P(`M${x + 85} ${base - 106}h50M${x + 85} ${base - 94}h36`, 'none', c, lw(st, 3));
      s += box(st, x + 34, base - 126, 122, 52, '#1f1f26') + sign;
      if (n) lights += glow(st, x + 95, base - 100, 90, c, 0.35) + sign;
      s += box(st, x + 20, base - 60, 60, 60, n ? '#ffd98a' : '#a9c9e0') + box(st, x + 110, base - 60, 60, 60, n ? '#ffd98a' : '#a9c9e0');
      if (n)
        lights +=
          el('rect', { x: x + 20, y: base - 60, width: 60, height: 60, fill: '#ffd98a', opacity: '.7' }) +
          el('rect', { x: x + 110, y: base - 60, width: 60, height: 60, fill: '#ffd98a', opacity: '.7' });
    }
    // Pavement, kerb and road.
    s += fillStage(st, n ? '#5a5a62' : '#b8b2a8', base, st.y1 + 10);
    let slabs = '';
    for (const x of repeatX(st, 0, 80)) slabs += `M${x} ${base}L${x * 1.4} 30`;
    s += P(`${slabs}M${st.x0 - 10} ${base + 25}H${st.x1 + 10}`, 'none', shade(n ? '#5a5a62' : '#b8b2a8', 0.15), lw(st, 0.8));
    for (const x of repeatX(st, -260, 520, 60)) {
      s += P(`M${x} ${base + 20}V-400Q${x} -420 ${x + 30} -420H${x + 50}`, 'none', '#3b3f46', lw(st, 4)) + box(st, x + 40, -424, 30, 10, '#3b3f46', { rx: 3 });
      if (n) lights += glow(st, x + 55, -408, 90, '#fff3c4', 0.4) + el('ellipse', { cx: x + 55, cy: -410, rx: 14, ry: 6, fill: '#fff3c4' });
    }
    return { back: s, lights: n ? lights : undefined };
  },
};
