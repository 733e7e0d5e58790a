/** A dodgy recruiter's back room: stained walls, a bare bulb, a barred window, boxes, a rickety table. */
import { el, P } from '../../svg';
import { BG_INK, shade } from '../palette';
import { box, bulb, lw, repeatX, room, windowAt } from './parts';
import type { BackgroundDef } from './types';

export const backroom: BackgroundDef = {
  id: 'backroom',
  description:
    "A shabby back room (a dodgy recruiter's place): stained, cracked walls, bare bulb, barred window, cardboard boxes, stacked papers, rickety table.",
  hasNight: true,
  draw(st) {
    const n = st.night;
    const base = -46;
    let s = room(st, { wall: '#a9a68a', dado: '#7f7c64', dadoTop: base - 100, floor: '#6e675c', floorKind: 'concrete', ceiling: '#6f6c5a' });
    // Stains, peeling patches and cracks.
    for (const x of repeatX(st, -250, 330)) {
      s += P(`M${x} -330 q30 10 40 60 q-10 50 14 90 q-40 -10 -54 -60 q-6 -50 0 -90z`, shade('#a9a68a', 0.18), undefined, undefined, { opacity: '.6' });
      s += P(`M${x + 120} -260 q20 -8 34 6 q8 20 -10 30 q-26 4 -30 -14 q-2 -14 6 -22z`, '#c9c4a8', BG_INK, lw(st, 0.6));
      s += P(`M${x + 200} -360 l10 40 l-14 30 l16 44 M${x + 206} -290 l22 16`, 'none', shade('#a9a68a', 0.45), lw(st, 0.8));
    }
    s += windowAt(st, -90, -310, 110, 80, { night: n, view: 'dark', bars: true, frame: '#6b6b5a' });
    // Cardboard boxes stacked in a corner.
    const bx = -420;
    const card = '#b58a5a';
    s +=
      box(st, bx, base - 70, 100, 70, card) +
      box(st, bx + 10, base - 130, 84, 60, shade(card, 0.08)) +
      box(st, bx + 110, base - 56, 70, 56, card) +
      P(`M${bx} ${base - 40}h100M${bx + 52} ${base - 130}v60M${bx + 110} ${base - 30}h70`, 'none', shade(card, 0.35), lw(st, 1.6));
    // A rickety table with piles of papers, passports and an ashtray.
    const tx = 250;
    s +=
      box(st, tx - 90, base - 96, 180, 10, '#7a5638') +
      P(
        `M${tx - 80} ${base - 86} L${tx - 86} ${base} M${tx + 80} ${base - 86} L${tx + 90} ${base} M${tx - 84} ${base - 40} L${tx + 86} ${base - 44}`,
        'none',
        '#5a3f2a',
        lw(st, 5),
      );
    s +=
      box(st, tx - 70, base - 112, 50, 16, '#f0ebe0') +
      box(st, tx - 66, base - 120, 46, 8, '#e5dfd0') +
      box(st, tx - 10, base - 104, 18, 8, '#1f5a44') +
      box(st, tx - 6, base - 111, 18, 7, '#1f5a44') +
      box(st, tx + 2, base - 117, 18, 6, '#7a1f2b');
    s += el('ellipse', { cx: tx + 50, cy: base - 98, rx: 14, ry: 4, fill: '#8d8d92', stroke: BG_INK, 'stroke-width': lw(st) });
    // A torn calendar hanging crooked, and a tangle of wires.
    s += box(st, 120, -330, 56, 74, '#e8e1cf', { transform: 'rotate(7 148 -293)' });
    s += P(`M${st.x0} -380 q120 30 220 -4 t240 10 q60 4 ${st.x1} -8`, 'none', '#2b2b2b', lw(st, 1.2));
    const b = bulb(st, 40, -250, -420, true);
    s += b.svg + el('rect', { x: st.x0 - 10, y: st.y0 - 10, width: st.x1 - st.x0 + 20, height: st.y1 - st.y0 + 20, fill: '#2a2418', opacity: '.18' });
    return {
      back: s,
      lights:
        b.light.replace(/opacity="\.12"/, 'opacity=".2"') + (n ? '' : el('rect', { x: -90, y: -310, width: 110, height: 80, fill: '#e9f1d8', opacity: '.25' })),
    };
  },
};
