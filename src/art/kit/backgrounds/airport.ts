/** An airport check-in hall: glass wall with planes outside, check-in counters with sign boxes, queue posts. */
import { el, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { box, fillStage, lw, repeatX, silhouette, skyFill } from './parts';
import type { BackgroundDef } from './types';
import type { Stage } from './types';

function plane(st: Stage, x: number, y: number, k: number, night: boolean): string {
  const c = night ? '#c9cfd8' : '#f4f6f8';
  return (
    P(
      `M${x - 120 * k} ${y} Q${x - 130 * k} ${y - 18 * k} ${x - 100 * k} ${y - 20 * k} H${x + 100 * k} Q${x + 135 * k} ${y - 16 * k} ${x + 140 * k} ${y} Q${x + 130 * k} ${y + 8 * k} ${x + 100 * k} ${y + 8 * k} H${x - 100 * k}Z`,
      c,
      BG_INK,
      lw(st),
    ) +
    P(`M${x - 95 * k} ${y - 18 * k} L${x - 120 * k} ${y - 60 * k} H${x - 100 * k} L${x - 70 * k} ${y - 18 * k}Z`, '#2a7fb8', BG_INK, lw(st)) +
    P(`M${x - 20 * k} ${y} L${x + 10 * k} ${y + 36 * k} H${x + 30 * k} L${x + 20 * k} ${y}Z`, shade(c, 0.1), BG_INK, lw(st)) +
    P(`M${x - 80 * k} ${y - 10 * k} H${x + 90 * k}`, 'none', '#3d7dca', lw(st, 2)) +
    P(`M${x + 100 * k} ${y - 14 * k} h18 l8 8 h-26z`, '#2d3340')
  );
}

export const airport: BackgroundDef = {
  id: 'airport',
  description: 'Airport check-in hall: tall glass wall with planes on the apron, check-in counters with colour sign boxes (pictograms), belt barriers.',
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -50;
    // Outside: sky and apron seen through the glass wall.
    let s = fillStage(st, skyFill(st, n ? '#18254f' : '#8ccbf0', n ? '#3b4f86' : '#e4f3fa', -520, -150), st.y0 - 10, -150);
    s += el('rect', { x: st.x0 - 10, y: -152, width: st.x1 - st.x0 + 20, height: 40, fill: n ? '#3a3f4a' : '#a9afb6' });
    for (const x of repeatX(st, -300, 700, 300)) s += plane(st, x, -200, 0.9, n);
    s += plane(st, 90, -236, 0.7, n) + plane(st, -200, -300, 0.35, n);
    // Glass wall mullions.
    let mull = '';
    for (const x of repeatX(st, 0, 120)) mull += `M${x} ${st.y0 - 10}V-110`;
    s += P(mull, 'none', '#5d646c', lw(st, 3)) + el('rect', { x: st.x0 - 10, y: -330, width: st.x1 - st.x0 + 20, height: 8, fill: '#5d646c' });
    // Inside wall below the glass and the counters.
    s += fillStage(st, '#e9ebee', -112, base + 1);
    const signs = ['#2a7fb8', '#3e9d5f', '#e07a2f', '#6a4c93'];
    let lit = '';
    for (const x of repeatX(st, -150, 300, 150)) {
      const c = signs[Math.abs(Math.round((x + 150) / 300)) % 4]!;
      s +=
        box(st, x - 110, base - 100, 220, 100, '#d4d7dc') +
        box(st, x - 116, base - 106, 232, 10, '#7d8590') +
        el('rect', { x: x - 110, y: base - 30, width: 220, height: 12, fill: '#3b4350' });
      s += box(st, x - 60, -110 - 40, 120, 34, c, { rx: 4 });
      const py = -133;
      lit += P(
        `M${x - 16} ${py - 2.5}H${x + 12} Q${x + 18} ${py} ${x + 12} ${py + 2.5}H${x - 16}Z M${x - 4} ${py - 2} L${x + 3} ${py - 14} H${x + 8} L${x + 5} ${py - 2}Z M${x - 4} ${py + 2} L${x + 3} ${py + 14} H${x + 8} L${x + 5} ${py + 2}Z M${x - 16} ${py - 2} L${x - 20} ${py - 9} H${x - 15} L${x - 11} ${py - 2}Z`,
        '#ffffff',
      );
      s += box(st, x + 50, base - 130, 40, 30, '#2d3340') + el('rect', { x: x + 54, y: base - 126, width: 32, height: 22, fill: '#7fc3e8' });
    }
    // Shiny floor with reflections.
    s += fillStage(st, '#dcdfe3', base, st.y1 + 10);
    let refl = '';
    for (const x of repeatX(st, 0, 150)) refl += `M${x - 30} ${base + 10}h60`;
    s += P(refl, 'none', '#f4f6f8', lw(st, 2.5));
    // Queue posts with a belt.
    let posts = '';
    for (const x of repeatX(st, -230, 150, 100))
      posts += box(st, x - 3, base - 40, 6, 42, '#9aa0a8') + el('ellipse', { cx: x, cy: base + 2, rx: 10, ry: 3, fill: '#7d8590' });
    s += P(`M${st.x0 - 10} ${base - 34}H${st.x1 + 10}`, 'none', '#2a4f8a', lw(st, 3)) + posts;
    s += silhouette(-330, base + 10, 0.75, '#9aa6b5', 0) + silhouette(380, base + 10, 0.75, '#9aa6b5', 1);
    return { back: s + lit, lights: n ? lit : undefined };
  },
};
