/** Things every Indonesian government office has: the two portraits with the flag between, a notice board. */
import { el, P } from '../../svg';
import { BG_INK, GOLD } from '../palette';
import { flag, lw, picture } from './parts';
import type { Stage } from './types';

/** Two official portraits with a golden emblem disc between them (no words). */
export function officialPortraits(st: Stage, x: number, y: number): string {
  return (
    picture(st, x - 110, y, 64, 80, 'portrait', '#c9a64a') +
    picture(st, x + 46, y, 64, 80, 'portrait', '#c9a64a') +
    el('circle', { cx: x, cy: y + 30, r: 22, fill: GOLD, stroke: '#8a6a2a', 'stroke-width': lw(st, 1.2) }) +
    P(`M${x - 12} ${y + 26} L${x} ${y + 14} L${x + 12} ${y + 26} L${x + 8} ${y + 42} H${x - 8}Z`, '#b8862a')
  );
}

/** A cork board with pinned papers (lines, no words), outlined with `stroke` at width `sw`: for walls and the standing prop. */
export function corkBoard(x: number, y: number, w: number, h: number, stroke: string, sw: number): string {
  const line = { stroke, 'stroke-width': sw, 'stroke-linejoin': 'round' };
  let s =
    el('rect', { x, y, width: w, height: h, fill: '#c89a62', ...line }) + el('rect', { x: x + 6, y: y + 6, width: w - 12, height: h - 12, fill: '#d9b27a' });
  const papers: [number, number, number, number, string][] = [
    [0.08, 0.12, 0.26, 0.45, '#fbf8f0'],
    [0.4, 0.1, 0.22, 0.34, '#fff3b0'],
    [0.68, 0.15, 0.24, 0.4, '#fbf8f0'],
    [0.18, 0.6, 0.3, 0.3, '#d6ecf7'],
    [0.56, 0.56, 0.32, 0.34, '#fbf8f0'],
  ];
  for (const [px, py, pw, ph, c] of papers) {
    const X = x + px * w;
    const Y = y + py * h;
    s +=
      el('rect', { x: X, y: Y, width: pw * w, height: ph * h, fill: c, ...line, 'stroke-width': sw * 0.6 }) +
      P(`M${X + 4} ${Y + 8}h${pw * w - 8}M${X + 4} ${Y + 14}h${pw * w - 12}M${X + 4} ${Y + 20}h${pw * w - 10}`, 'none', '#a7a196', sw * 0.8) +
      el('circle', { cx: X + (pw * w) / 2, cy: Y + 2, r: 2.4, fill: '#d63b3b' });
  }
  return s;
}

/** A cork notice board on a wall. */
export const noticeBoard = (st: Stage, x: number, y: number, w: number, h: number): string => corkBoard(x, y, w, h, BG_INK, lw(st));

export { flag };
