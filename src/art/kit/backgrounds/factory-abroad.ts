/** A factory floor abroad: steel frame, high windows, machines with lights, a conveyor with boxes. */
import { el, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { box, bulb, fillStage, lw, repeatX, windowAt } from './parts';
import type { BackgroundDef } from './types';
import type { Stage } from './types';

function machine(st: Stage, x: number, base: number, w: number, h: number, c: string): { svg: string; light: string } {
  let s =
    box(st, x, base - h, w, h, c, { rx: 4 }) +
    box(st, x + 12, base - h + 14, w * 0.4, h * 0.35, '#2d3340', { rx: 3 }) +
    el('rect', { x: x + 16, y: base - h + 18, width: w * 0.4 - 8, height: h * 0.35 - 8, fill: '#5fb6a5' });
  s +=
    box(st, x + w * 0.6, base - h + 18, w * 0.3, h * 0.5, shade(c, 0.12)) +
    P(`M${x} ${base - 20}h${w}`, 'none', '#e8c13a', lw(st, 6)) +
    P(`M${x + 10} ${base - 20}l12 0M${x + 40} ${base - 20}l12 0M${x + 70} ${base - 20}l12 0`, 'none', '#2b2b2b', lw(st, 6));
  const light =
    el('circle', { cx: x + w * 0.66, cy: base - h + 34, r: 6, fill: '#e2483c' }) +
    el('circle', { cx: x + w * 0.8, cy: base - h + 34, r: 6, fill: '#4fc36b' }) +
    el('circle', { cx: x + w * 0.73, cy: base - h + 56, r: 6, fill: '#f2c14e' });
  return { svg: s + light, light };
}

export const factoryAbroad: BackgroundDef = {
  id: 'factory-abroad',
  description: 'Factory floor abroad: steel columns and trusses, high windows, machines with control panels, conveyor belt with boxes, hazard stripes.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -50;
    let s = fillStage(st, '#b9c2c6', st.y0 - 10, base + 1) + fillStage(st, '#8e9599', base, st.y1 + 10);
    s += el('rect', { x: st.x0 - 10, y: base - 120, width: st.x1 - st.x0 + 20, height: 120, fill: '#9aa5ab' });
    for (const x of repeatX(st, -60, 240, 240)) s += windowAt(st, x, -420, 120, 70, { night: n, view: n ? 'dark' : 'sky', panes: 4, frame: '#7d878c' });
    // Trusses and columns.
    let truss = '';
    for (const x of repeatX(st, 0, 120)) truss += `M${x} -470L${x + 60} -440L${x + 120} -470`;
    s += fillStage(st, '#7d878c', st.y0 - 10, -470) + P(`${truss}M${st.x0 - 10} -440H${st.x1 + 10}`, 'none', '#5d666b', lw(st, 2.4));
    for (const x of repeatX(st, -240, 480, 40))
      s += box(st, x - 14, -470, 28, 470 + base, '#6d7a82') + P(`M${x} -460V${base}`, 'none', shade('#6d7a82', 0.2), lw(st, 1.2));
    let lights = '';
    const cols = ['#3f7cb0', '#4f8a6a', '#c06a3a'];
    for (const x of repeatX(st, -380, 300, 200)) {
      const m = machine(st, x, base, 170, 170, cols[Math.abs(Math.round(x / 300)) % 3]!);
      s += m.svg;
      lights += m.light;
    }
    // Conveyor belt with boxes at the back.
    s += box(st, st.x0 - 10, base - 64, st.x1 - st.x0 + 20, 14, '#3b3f44');
    let rollers = '';
    for (const x of repeatX(st, 0, 30)) rollers += `M${x} ${base - 50}V${base}`;
    s += P(rollers, 'none', '#5d666b', lw(st, 1.6));
    for (const x of repeatX(st, 40, 150)) s += box(st, x, base - 100, 50, 36, '#c49a62') + P(`M${x} ${base - 90}h50`, 'none', shade('#c49a62', 0.3), lw(st));
    // Hazard stripes along the walkway.
    let haz = '';
    for (const x of repeatX(st, 0, 40)) haz += `M${x} ${base + 14}l14 0l-10 12l-14 0z`;
    s += el('rect', { x: st.x0 - 10, y: base + 14, width: st.x1 - st.x0 + 20, height: 12, fill: '#e8c13a' }) + P(haz, '#2b2b2b');
    let hang = '';
    for (const x of repeatX(st, 120, 240)) {
      const b = bulb(st, x, -330, -440, n);
      s += b.svg;
      hang += b.light;
    }
    void BG_INK;
    return { back: s, lights: n ? lights + hang : undefined };
  },
};
