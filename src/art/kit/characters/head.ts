/**
 * The head, in head units: centre (0, 0), about 42 wide and 46 tall, turned three-quarters to the right.
 * Far eye at x = -3.5, near eye at x = 10, nose tip near x = 18, mouth at (7, 13), ear at (-12, 2).
 */
import { el, g, P } from '../../svg';
import { BLUSH, GLASS, GOLD, INK, MOUTH, TEAR, TONGUE, WHITE, mix, shade, tint } from '../palette';
import type { Pen } from '../pen';
import type { CharacterDef, ExpressionId } from './types';

export const HEAD = 'M0 -23 C12 -23 20.5 -14 20.6 -2 C20.7 8 17 16 10.5 20.8 C5.5 24.4 -2 24.4 -8 21 C-16 16.4 -21 7 -21 -3 C-21 -15 -12 -23 0 -23Z';
/** The face left open by a hijab. */
export const FACE_OVAL =
  'M3.5 -15.5 C13 -15.5 19.6 -9 19.9 -1 C20.2 8 16.4 16 10.4 20.4 C5.4 23.8 -0.8 23.4 -4.8 19.8 C-9 15.6 -10.6 6 -10.2 -2 C-9.8 -10 -4 -15.5 3.5 -15.5Z';

type Brow = 'flat' | 'up' | 'worried' | 'angry' | 'high';
type Eye = 'dot' | 'happy' | 'wide' | 'narrow' | 'sad' | 'down' | 'shut';
type Mouth = 'neutral' | 'grin' | 'wavy' | 'frown' | 'teeth' | 'o' | 'wail';
type FaceExtra = 'blush' | 'sweat' | 'tear' | 'tears';

interface Face {
  brow: Brow;
  eye: Eye;
  mouth: Mouth;
  extras: readonly FaceExtra[];
}

export const FACES: Record<ExpressionId, Face> = {
  neutral: { brow: 'flat', eye: 'dot', mouth: 'neutral', extras: [] },
  happy: { brow: 'up', eye: 'happy', mouth: 'grin', extras: ['blush'] },
  worried: { brow: 'worried', eye: 'dot', mouth: 'wavy', extras: ['sweat'] },
  sad: { brow: 'worried', eye: 'sad', mouth: 'frown', extras: ['tear'] },
  angry: { brow: 'angry', eye: 'narrow', mouth: 'teeth', extras: [] },
  surprised: { brow: 'high', eye: 'wide', mouth: 'o', extras: [] },
  crying: { brow: 'worried', eye: 'shut', mouth: 'wail', extras: ['tears'] },
};

const BROWS: Record<Brow, [string, string]> = {
  flat: ['M6 -7.4 Q10 -9.4 14.2 -7.6', 'M-6.8 -7.4 Q-4.2 -8.8 -1.2 -7.8'],
  up: ['M6 -9 Q10 -11.6 14.2 -9.4', 'M-6.8 -9 Q-4.2 -10.8 -1.2 -9.6'],
  worried: ['M6 -10.6 Q9.6 -9.8 14.2 -6.6', 'M-1.2 -10.6 Q-4 -9.6 -6.8 -6.8'],
  angry: ['M6.4 -5 Q10 -6.6 14.4 -10', 'M-1 -5 Q-3.6 -6.6 -6.8 -9.6'],
  high: ['M5.8 -11 Q10 -14.4 14.4 -11', 'M-6.8 -11 Q-4 -13.4 -1 -11.4'],
};

function eyes(pen: Pen, kind: Eye, skin: string, look: 'ahead' | 'down'): string {
  const dy = look === 'down' ? 1.8 : 0;
  const dot = (cx: number, cy: number, rx: number, ry: number): string =>
    el('ellipse', { cx, cy, rx, ry, fill: INK }) + el('circle', { cx: cx + rx * 0.35, cy: cy - ry * 0.4, r: Math.min(rx, ry) * 0.38, fill: WHITE });
  const lid = (d: string, line: string): string => P(d, skin) + P(line, 'none', INK, pen.sw * 0.55, { 'stroke-linecap': 'round' });
  switch (kind) {
    case 'dot':
      return (
        dot(10.2, 1 + dy, 2.4, 3.2) +
        dot(-3.4, 1 + dy, 2.1, 3.1) +
        (look === 'down'
          ? lid('M6.5 -3 L14 -3 L14 0.6 L6.5 0.6Z', 'M7 0.6 L13.6 0.6') + lid('M-6.5 -3 L-0.3 -3 L-0.3 0.6 L-6.5 0.6Z', 'M-6 0.6 L-0.8 0.6')
          : '')
      );
    case 'down':
      return (
        dot(10.2, 2.6, 2.3, 2.8) +
        dot(-3.4, 2.6, 2, 2.7) +
        lid('M6.5 -3 L14 -3 L14 1.2 L6.5 1.2Z', 'M7 1.2 L13.6 1.2') +
        lid('M-6.5 -3 L-0.3 -3 L-0.3 1.2 L-6.5 1.2Z', 'M-6 1.2 L-0.8 1.2')
      );
    case 'happy':
      return (
        P('M7 2.6 Q10.2 -2.6 13.4 2.6', 'none', INK, pen.sw * 0.85, { 'stroke-linecap': 'round' }) +
        P('M-6 2.6 Q-3.4 -2 -0.8 2.6', 'none', INK, pen.sw * 0.85, { 'stroke-linecap': 'round' })
      );
    case 'wide':
      return (
        el('ellipse', { cx: 10.2, cy: 0.6, rx: 3.9, ry: 4.7, fill: WHITE, stroke: INK, 'stroke-width': pen.sw * 0.55 }) +
        el('circle', { cx: 10.8, cy: 1.2, r: 1.9, fill: INK }) +
        el('ellipse', { cx: -3.4, cy: 0.6, rx: 3.3, ry: 4.5, fill: WHITE, stroke: INK, 'stroke-width': pen.sw * 0.55 }) +
        el('circle', { cx: -2.9, cy: 1.2, r: 1.7, fill: INK })
      );
    case 'narrow':
      return (
        P('M6.8 -0.6 L13.4 -2.6 L13.2 1.6 Q12.4 4.4 10.1 4.4 Q7.4 4.4 6.9 1.6Z', INK) +
        P('M-0.8 -0.6 L-6.2 -2.2 L-6.1 1.6 Q-5.4 4.3 -3.4 4.3 Q-1.3 4.3 -0.9 1.6Z', INK)
      );
    case 'shut':
      // Squeezed shut: arcs bowed down, with a crease at the outer corner.
      return (
        P('M6.8 0.8 Q10.2 4 13.6 0.8 M13.6 0.8 l1.6 -1.4', 'none', INK, pen.sw * 0.85, { 'stroke-linecap': 'round' }) +
        P('M-6.2 0.8 Q-3.4 3.8 -0.6 0.8 M-6.2 0.8 l-1.4 -1.2', 'none', INK, pen.sw * 0.85, { 'stroke-linecap': 'round' })
      );
    case 'sad':
      return (
        dot(10.2, 2.2 + dy / 2, 2.3, 2.9) +
        dot(-3.4, 2.2 + dy / 2, 2, 2.8) +
        lid('M6.4 -3.4 L14 -3.4 L14 1.8 L6.6 -0.6Z', 'M6.8 -0.5 L13.6 1.6') +
        lid('M-6.6 -3.4 L-0.2 -3.4 L-0.3 -0.6 L-6.6 1.6Z', 'M-0.8 -0.5 L-6.2 1.5')
      );
  }
}

function mouth(pen: Pen, kind: Mouth): string {
  const line = (d: string): string => P(d, 'none', INK, pen.sw * 0.7, { 'stroke-linecap': 'round' });
  switch (kind) {
    case 'neutral':
      return line('M3.6 13.2 Q7.2 14.8 10.8 12.6');
    case 'grin':
      return (
        P('M1.8 10.8 Q7.2 12 12.6 10 Q12 18.4 7.2 18.4 Q2.4 18.4 1.8 10.8Z', MOUTH, INK, pen.sw * 0.6, { 'stroke-linejoin': 'round' }) +
        P('M2.4 11.1 Q7.2 12.2 12 10.4 L11.8 12.4 Q7.2 13.6 2.7 12.9Z', WHITE) +
        P('M4.4 16.8 Q7.2 14.8 10.2 16.6 Q8.8 18.2 7.2 18.2 Q5.2 18.2 4.4 16.8Z', TONGUE)
      );
    case 'wavy':
      return line('M3 14.2 Q4.9 12.4 6.9 13.9 Q8.9 15.4 11 13.2');
    case 'frown':
      return line('M3.4 15.4 Q7.2 11.6 11 14.8');
    case 'teeth':
      return (
        P('M2.4 11.8 Q7.2 10.4 12 11.6 L11.6 16.2 Q7.2 15 2.9 16.2Z', WHITE, INK, pen.sw * 0.6, { 'stroke-linejoin': 'round' }) +
        P('M2.7 13.9 Q7.2 12.8 11.8 13.8', 'none', INK, pen.sw * 0.4)
      );
    case 'wail':
      return (
        P('M2.2 13.6 Q7.2 9.6 12.2 13 Q12.6 18.6 7.2 18.6 Q2 18.6 2.2 13.6Z', MOUTH, INK, pen.sw * 0.6, { 'stroke-linejoin': 'round' }) +
        P('M4.6 17.2 Q7.2 15.4 9.8 17.2 Q8.6 18.4 7.2 18.4 Q5.6 18.4 4.6 17.2Z', TONGUE)
      );
    case 'o':
      return el('ellipse', { cx: 7.6, cy: 14.6, rx: 2.7, ry: 3.5, fill: MOUTH, stroke: INK, 'stroke-width': pen.sw * 0.6 });
  }
}

function faceExtras(pen: Pen, list: readonly FaceExtra[]): string {
  let s = '';
  for (const e of list) {
    if (e === 'blush')
      s +=
        el('ellipse', { cx: -5.4, cy: 7.6, rx: 3.4, ry: 1.8, fill: BLUSH, opacity: '.55' }) +
        el('ellipse', { cx: 15.2, cy: 7.6, rx: 2.8, ry: 1.7, fill: BLUSH, opacity: '.55' });
    if (e === 'sweat') s += P('M23.5 -19 Q27.6 -12 24.4 -9.4 Q21 -9.6 21.8 -13Z', TEAR, INK, pen.sw * 0.5);
    if (e === 'tears')
      s += P(
        'M12.4 4 Q13.6 10 12.2 15.6 Q11 19 12.6 22 Q10.2 20 10.4 15.4 Q11.2 9.6 12.4 4Z M-3.6 4 Q-2.4 9 -4 13.6 Q-4.6 16 -3.6 18 Q-5.8 16.4 -5.6 13.4 Q-4.8 8.6 -3.6 4Z',
        TEAR,
        INK,
        pen.sw * 0.4,
      );
    if (e === 'tear') s += P('M12.6 4.4 Q14.6 9 13.4 12 Q11.6 12.6 11.3 10.8 Q11.3 8 12.6 4.4Z', TEAR, INK, pen.sw * 0.45);
  }
  return s;
}

/** Hair behind the head (drawn first): ponytail, bun, the back of a bob. */
function hairBack(pen: Pen, def: CharacterDef): string {
  const c = def.hair.color;
  const o = { stroke: INK, 'stroke-width': pen.sw, 'stroke-linejoin': 'round' };
  switch (def.hair.style) {
    case 'ponytail':
      return (
        P('M-15 -18 C-27 -18 -33 -6 -32 6 C-31.5 15 -29 23 -25 30 C-24 22 -22.5 12 -18 2 C-16 -3 -13 -8 -11 -11Z', c, undefined, undefined, o) +
        el('ellipse', { cx: -19.5, cy: -14, rx: 3, ry: 4.4, fill: '#c0392b', stroke: INK, 'stroke-width': pen.sw * 0.7, transform: 'rotate(-30 -19.5 -14)' })
      );
    case 'bun':
      return el('circle', { cx: -20, cy: -15, r: 9.5, fill: c, ...o }) + P('M-25 -18 Q-20 -13 -15 -19', 'none', tint(c, 0.25), pen.sw * 0.6);
    case 'bob':
      return P('M-3 -26 C-17 -26 -25.5 -16 -25.5 0 C-25.5 9 -24 16 -20 21 C-14 22 -8 21 -4 19 L-2 0Z', c, undefined, undefined, o);
    default:
      return '';
  }
}

/** Hair over the head: the cap of hair with its hairline. */
function hairFront(pen: Pen, def: CharacterDef): string {
  const c = def.hair.color;
  const o = { stroke: INK, 'stroke-width': pen.sw, 'stroke-linejoin': 'round' };
  const hl = (d: string): string => P(d, 'none', tint(c, 0.3), pen.sw * 0.6, { 'stroke-linecap': 'round' });
  const grey = def.hair.greyTemples ? P('M-8 -4 C-9 1 -9.5 6 -10.5 11 L-14.5 13.5 C-17 8 -17 0 -14 -6Z', mix(c, '#d8d4cf', 0.65)) : '';
  switch (def.hair.style) {
    case 'short':
      return (
        P(
          'M20.6 -7 C20 -19 11 -27.4 -1 -27.4 C-14 -27.4 -23.6 -17.6 -23 -3 C-22.8 5 -20 11 -15.4 15 L-10.4 12 C-9.6 6 -9 1 -7.4 -3.4 C-4 -8.6 4 -11.4 11 -11.6 C15 -11.8 18.4 -9.8 20.6 -7Z',
          c,
          undefined,
          undefined,
          o,
        ) +
        grey +
        hl('M2 -22 Q9 -21 14 -16')
      );
    case 'messy':
      return (
        P(
          'M20.6 -7 L23 -15 L17.4 -15.4 L19 -23 L11.6 -20.6 L10 -28.6 L3.6 -23.4 L-2 -30.4 L-5.6 -24 L-13 -28 L-13.6 -21.6 L-22 -21.6 C-24.2 -13 -23.6 -4 -22.6 2 C-21.6 8 -19 12 -15.4 15 L-10.4 12 C-9.6 6 -9 1 -7.4 -3.4 C-4 -8.6 4 -11.4 11 -11.6 C15 -11.8 18.4 -9.8 20.6 -7Z',
          c,
          undefined,
          undefined,
          o,
        ) + grey
      );
    case 'slick':
      return (
        P(
          'M21 -8 C21.4 -21 11 -29.6 -1 -29.4 C-14 -29.2 -24 -19 -23.2 -4 C-22.8 4 -20.4 10.4 -15.6 14.6 L-10.6 12 C-9.8 6 -9 0 -7.6 -4 C-5 -9.4 3 -13.2 9 -13.6 C13 -15.2 18 -11.8 21 -8Z',
          c,
          undefined,
          undefined,
          o,
        ) +
        grey +
        hl('M4 -13.4 C6 -20 12 -24 17 -20') +
        hl('M-4 -26 Q-14 -24 -18 -14')
      );
    case 'curly': {
      // A bumpy outline around the top of the head.
      let d = 'M20.4 -7';
      const cx = -1;
      const cy = -4;
      const steps = 11;
      for (let i = 1; i <= steps; i++) {
        const a0 = -0.28 - (i - 1) * (2.55 / steps);
        const a1 = -0.28 - i * (2.55 / steps);
        const am = (a0 + a1) / 2;
        const r = 26;
        const rOut = 30.5;
        d += ` Q${(cx + Math.cos(am) * rOut).toFixed(1)} ${(cy + Math.sin(am) * rOut * 0.95).toFixed(1)} ${(cx + Math.cos(a1) * r).toFixed(1)} ${(cy + Math.sin(a1) * r * 0.95).toFixed(1)}`;
      }
      d += ' C-25 6 -20 12 -15.4 15 L-10.4 12 C-9.6 6 -9 1 -7.4 -3.4 C-4 -8.6 4 -11.4 11 -11.6 C15 -11.8 18.4 -9.8 20.4 -7Z';
      return P(d, c, undefined, undefined, o) + grey;
    }
    case 'buzz':
      return (
        P(
          'M20.2 -8 C19.6 -19 11 -24.6 -0.5 -24.6 C-13 -24.6 -22 -16 -21.8 -4 C-21.6 4 -19.6 10 -15.8 13.6 L-10.8 11 C-10 6 -9.4 1 -7.8 -3.6 C-4 -8.4 4 -11.6 11 -11.8 C15 -12 18.2 -10.4 20.2 -8Z',
          c,
          undefined,
          undefined,
          o,
        ) + grey
      );
    case 'receding':
      return (
        P(
          'M-6 -22.6 C-15 -20 -22.4 -13 -22.2 -3 C-22 5 -19.6 11 -15.4 14.6 L-10.4 12 C-9.8 6 -9.2 0 -8 -4.4 C-7.4 -10 -5.8 -16 -6 -22.6Z',
          c,
          undefined,
          undefined,
          o,
        ) + P('M1 -20 Q6 -19 10 -16', 'none', shade(def.skin, 0.25), pen.sw * 0.5, { 'stroke-linecap': 'round' })
      );
    case 'bun':
      return (
        P(
          'M20.2 -8 C19 -19.6 10 -26.2 -1 -26.2 C-13.6 -26.2 -22.8 -17 -22.4 -4 C-22 4 -19.6 10 -15.4 13.6 L-10.8 11 C-10 5 -9.4 0 -7.6 -4.6 C-3.6 -10.6 4 -12.8 10.6 -12.6 C14.4 -12.6 18 -10.6 20.2 -8Z',
          c,
          undefined,
          undefined,
          o,
        ) +
        hl('M8 -13 Q0 -20 -10 -21') +
        hl('M3 -12 Q-6 -16 -14 -14')
      );
    case 'ponytail':
      return (
        P(
          'M20.6 -6 C21 -19 11.4 -27 -0.6 -27 C-13.6 -27 -23 -17.6 -22.4 -4 C-22 4 -19.6 10 -15.4 13.6 L-10.8 11 C-10 5 -9.4 0 -8.2 -4 C-6 -9.4 -1 -12.6 4 -12 C8 -10 12 -13.4 14.4 -9.6 C16.4 -8.2 18.8 -6.6 20.6 -6Z',
          c,
          undefined,
          undefined,
          o,
        ) +
        hl('M4 -12 Q-4 -18 -14 -19') +
        hl('M10 -14 Q8 -20 2 -24')
      );
    case 'bob':
      return (
        P(
          'M21 -5 C21.6 -19 12 -27.6 -1 -27.6 C-15 -27.6 -24.6 -17 -24 -1 C-23.6 8 -21.6 15 -18.4 20.6 C-14.4 21.2 -10.6 20.4 -8 18.4 C-9.6 10 -9.6 1 -7.4 -5.4 C-4.4 -7.6 -1 -10 1 -12.6 C5 -9.6 10 -8.6 14 -9.2 C17 -8.6 19.4 -7 21 -5Z',
          c,
          undefined,
          undefined,
          o,
        ) + hl('M-2 -24 Q-16 -22 -19 -6')
      );
    case 'none':
      return '';
  }
}

/** The hijab as it wraps the head: a hood around the face, falling under the chin. */
function hijabHood(pen: Pen, color: string): string {
  const o = { stroke: INK, 'stroke-width': pen.sw, 'stroke-linejoin': 'round' };
  return (
    P(
      'M-1 -27.6 C13 -27.6 23.8 -18 23.8 -3 C23.8 9 21 19 14.2 26 C8 30.4 -6 30.4 -12.6 27 C-21 22 -26.4 10 -26.6 -3 C-26.8 -18 -15 -27.6 -1 -27.6Z',
      color,
      undefined,
      undefined,
      o,
    ) +
    P('M-22 -17 Q-25 -4 -21 12', 'none', shade(color, 0.22), pen.sw * 0.8, { 'stroke-linecap': 'round' }) +
    P('M-6 -27 Q-16 -24 -20 -14', 'none', tint(color, 0.3), pen.sw * 0.8, { 'stroke-linecap': 'round' })
  );
}

/** The inner cap band on the forehead, and the hijab's edge around the face. */
function hijabFrame(pen: Pen, color: string, inner: string): string {
  return (
    P(
      'M-9.6 -6 C-7.6 -13.6 -1 -16.6 4 -16.6 C12 -16.6 18.6 -11.4 19.8 -4.6 C16.6 -9.6 11 -12.6 4.6 -12.6 C-1.4 -12.6 -6.4 -10.6 -9.6 -6Z',
      inner,
      INK,
      pen.sw * 0.7,
      { 'stroke-linejoin': 'round' },
    ) + P('M-10 -2 C-11 6 -8.6 15 -4.6 19.6', 'none', shade(color, 0.2), pen.sw * 0.6)
  );
}

function headwear(pen: Pen, def: CharacterDef): string {
  const o = { stroke: INK, 'stroke-width': pen.sw, 'stroke-linejoin': 'round' };
  const x = def.extras ?? [];
  let s = '';
  if (x.includes('sunglasses-up')) {
    s +=
      P('M-4 -25.6 Q5 -28.6 16 -24.6', 'none', INK, pen.sw * 0.9) +
      P('M4.4 -28.6 C8.6 -29.6 12.6 -29 15.6 -27 C15.6 -24 13 -21.6 9.6 -22 C6.6 -22.4 4.6 -25 4.4 -28.6Z', '#22262e', undefined, undefined, o) +
      P('M-6.4 -27.2 C-3 -28.8 0.4 -29 3 -28.6 C3 -25.6 0.6 -23.4 -2.4 -23.6 C-5 -23.8 -6.6 -25.4 -6.4 -27.2Z', '#22262e', undefined, undefined, o);
  }
  if (x.includes('peci')) {
    s +=
      P('M-19 -13.6 L-17.4 -31 C-8.4 -34.8 9.4 -34.8 18 -31 L19.6 -12.6 C9 -16 -8.6 -16.4 -19 -13.6Z', '#1d1b24', undefined, undefined, o) +
      P('M-16 -28 C-8 -31 8 -31 15.6 -28', 'none', '#4a4658', pen.sw * 0.7);
  }
  if (x.includes('cap') || x.includes('work-cap')) {
    const col = x.includes('work-cap') ? '#2f5d8a' : '#7b6a4e';
    s +=
      P('M12 -14 L34 -12.4 C36 -10.6 33.4 -8 28 -7.8 L11 -9Z', shade(col, 0.15), undefined, undefined, o) +
      P('M-22.6 -8 C-23 -24 -12 -31.4 0 -31.4 C12 -31.4 21.6 -24.4 21.8 -11 C10 -14 -8 -12 -22.6 -8Z', col, undefined, undefined, o) +
      el('circle', { cx: -0.5, cy: -31, r: 1.8, fill: shade(col, 0.2), stroke: INK, 'stroke-width': pen.sw * 0.6 });
    if (x.includes('work-cap')) s += el('rect', { x: 2, y: -24, width: 9, height: 5.4, rx: 1, fill: '#f2f2f2', stroke: INK, 'stroke-width': pen.sw * 0.5 });
  }
  return s;
}

function faceDetails(pen: Pen, def: CharacterDef): string {
  const x = def.extras ?? [];
  const line = (d: string, w = 0.5): string => P(d, 'none', shade(def.skin, 0.45), pen.sw * w, { 'stroke-linecap': 'round' });
  let s = '';
  if (x.includes('wrinkles')) s += line('M14.4 8.6 Q13 11 14 14') + line('M7.4 5.6 Q10.4 7 13.2 5.4') + line('M3 -13.4 Q9 -15 15 -12.6');
  if (x.includes('stubble'))
    s += P('M-2 14 C0 20 8 22.6 13 19 C16 16.6 17 14 17.4 11 C14 16 4 17 -2 14Z', shade(def.skin, 0.3), undefined, undefined, { opacity: '.3' });
  if (x.includes('freckles'))
    for (const [cx, cy] of [
      [13, 5],
      [15.4, 6.4],
      [-3, 6],
      [-5.6, 6.6],
    ] as const)
      s += el('circle', { cx, cy, r: 0.6, fill: shade(def.skin, 0.35) });
  return s;
}

function moustache(pen: Pen, def: CharacterDef): string {
  if (!(def.extras ?? []).includes('moustache')) return '';
  const c = def.hair.greyTemples ? mix(def.hair.color, '#8a8580', 0.35) : def.hair.color;
  return P('M2 11 C4.2 8 8.4 7.4 11 8.6 C13.6 7.6 16.2 8.6 17.4 11.2 C15 11.8 12.6 11.4 10.6 10.6 C7.6 11.8 4.4 12 2 11Z', c, INK, pen.sw * 0.6, {
    'stroke-linejoin': 'round',
  });
}

function glasses(pen: Pen): string {
  const o = { fill: GLASS, 'fill-opacity': '.2', stroke: INK, 'stroke-width': pen.sw * 0.75 };
  return (
    el('rect', { x: 5.2, y: -3.6, width: 10.4, height: 8.6, rx: 3, ...o }) +
    el('rect', { x: -8, y: -3.6, width: 8.4, height: 8.4, rx: 3, ...o }) +
    P('M0.4 -0.4 Q2.8 -2 5.2 -0.4 M-8 -0.6 L-14.6 -1.6', 'none', INK, pen.sw * 0.75)
  );
}

export interface HeadOptions {
  expression: ExpressionId;
  look: 'ahead' | 'down';
}

/** The whole head in head units. */
export function drawHead(pen: Pen, def: CharacterDef, opt: HeadOptions): string {
  const face = FACES[opt.expression];
  const x = def.extras ?? [];
  const o = { stroke: INK, 'stroke-width': pen.sw, 'stroke-linejoin': 'round' };
  let s = '';
  if (def.hijab) {
    s += hijabHood(pen, def.hijab.color);
    s += P(FACE_OVAL, def.skin, undefined, undefined, o);
  } else {
    s += hairBack(pen, def);
    s += P(HEAD, def.skin, undefined, undefined, o);
    s += hairFront(pen, def);
    if (def.hair.style !== 'bob') {
      s +=
        P('M-9.6 -2.4 C-14.6 -5.6 -17.8 -1 -16.4 3.6 C-15.4 7 -12.6 8.4 -10.2 7.6', def.skin, undefined, undefined, o) +
        P('M-11.4 0 Q-14 1.6 -12 4.4', 'none', shade(def.skin, 0.4), pen.sw * 0.5);
      if (x.includes('earrings')) s += el('circle', { cx: -11.6, cy: 9.6, r: 1.5, fill: GOLD, stroke: INK, 'stroke-width': pen.sw * 0.4 });
    }
  }
  s += faceDetails(pen, def);
  s += el('path', {
    d: BROWS[face.brow][0],
    fill: 'none',
    stroke: INK,
    'stroke-width': pen.sw * (face.brow === 'angry' ? 1.1 : 0.85),
    'stroke-linecap': 'round',
  });
  s += el('path', {
    d: BROWS[face.brow][1],
    fill: 'none',
    stroke: INK,
    'stroke-width': pen.sw * (face.brow === 'angry' ? 1.1 : 0.85),
    'stroke-linecap': 'round',
  });
  s += eyes(pen, face.eye === 'dot' && opt.look === 'down' ? 'down' : face.eye, def.skin, opt.look);
  s += P('M16.4 1.6 Q19.4 6.2 16 7.4', 'none', INK, pen.sw * 0.6, { 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
  s += mouth(pen, face.mouth);
  s += moustache(pen, def);
  s += faceExtras(pen, face.extras);
  if (def.hijab) s += hijabFrame(pen, def.hijab.color, def.hijab.inner ?? shade(def.hijab.color, 0.25));
  s += headwear(pen, def);
  if (x.includes('glasses')) s += glasses(pen);
  return g({}, s);
}
