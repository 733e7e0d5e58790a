/** Torso, clothes, neck, legwear and the hijab's drape, in body units (see poses.ts). */
import { el, P } from '../../svg';
import { GOLD, INK, WHITE, shade, tint } from '../palette';
import type { Pen } from '../pen';
import { fabric } from './patterns';
import type { LegMode, LegPose, Skeleton } from './poses';
import { tube } from './limbs';
import type { CharacterDef, Point } from './types';

export interface Dims {
  /** Half width at the shoulders. */
  S: number;
  waist: number;
  hip: number;
  /** x of the shoulder joints. */
  shoulderX: number;
  arm: number;
  leg: number;
}

export function dims(def: CharacterDef): Dims {
  const f = def.sex === 'f';
  const heavy = def.build === 'heavy';
  const slim = def.build === 'slim';
  const b = heavy ? 1.14 : slim ? 0.95 : 1;
  const S = (f ? 22.5 : 25) * b;
  return {
    S,
    waist: (f ? 17.5 : 20.5) * (heavy ? 1.3 : slim ? 0.94 : 1),
    hip: (f ? 21.5 : 20.5) * (heavy ? 1.2 : slim ? 0.95 : 1),
    shoulderX: S - 5,
    arm: heavy ? 11 : 9.6,
    leg: heavy ? 17 : 15,
  };
}

const outline = (pen: Pen): Record<string, string | number> => ({ stroke: INK, 'stroke-width': pen.sw, 'stroke-linejoin': 'round' });

/** Long tops that reach the hips. */
const isLong = (def: CharacterDef): boolean => ['kebaya', 'blouse', 'daster', 'hoodie'].includes(def.top.kind) && !def.top.tucked;

export function torsoPath(d: Dims, hem: number, flare: number): string {
  const { S, waist: w, hip: h } = d;
  const top = -139.5;
  return (
    `M${-S + 8} ${top} L${S - 8} ${top} Q${S} ${top} ${S} -130 C${S} -120 ${w + 1} -113 ${w} -105 C${w} -99 ${h} -93 ${h + flare} ${hem}` +
    ` L${-h - flare} ${hem} C${-h} -93 ${-w} -99 ${-w} -105 C${-w - 1} -113 ${-S} -120 ${-S} -130 Q${-S} ${top} ${-S + 8} ${top}Z`
  );
}

export function neck(pen: Pen, def: CharacterDef): string {
  return (
    P('M-6.2 -158 L-6.2 -137 L6.2 -137 L6.2 -158Z', def.skin, undefined, undefined, outline(pen)) +
    P('M-6.2 -149 Q0 -145 6.2 -150 L6.2 -156 L-6.2 -156Z', shade(def.skin, 0.18))
  );
}

/** The torso with the garment's details. */
export function torso(pen: Pen, def: CharacterDef, d: Dims): string {
  const t = def.top;
  const long = isLong(def);
  const hem = long ? -70 : t.tucked ? -86 : -83;
  const flare = long ? 4 : 1;
  const accent = t.accent ?? shade(t.color, 0.3);
  const fill = fabric(pen, t.pattern, t.color, accent, t.kind === 'flashy' ? 1.6 : 1);
  const o = outline(pen);
  const thin = pen.sw * 0.6;
  let s = P(torsoPath(d, hem, flare), fill, undefined, undefined, o);
  const hidden = !!def.hijab; // the hijab's drape covers the neckline
  const placket = (from: number): string =>
    P(`M0 ${from} L0 ${hem}`, 'none', INK, thin) +
    [from + 8, from + 20, from + 32]
      .filter((y) => y < hem - 3)
      .map((y) => el('circle', { cx: 1.6, cy: y, r: 1, fill: INK }))
      .join('');
  const collar = (col: string, open = 0): string =>
    P(`M-7.5 -140.5 L${-1 - open} ${-129 + open} L-10.5 -131.5Z`, col, undefined, undefined, { ...o, 'stroke-width': thin }) +
    P(`M7.5 -140.5 L${1 + open} ${-129 + open} L10.5 -131.5Z`, col, undefined, undefined, { ...o, 'stroke-width': thin });
  const vNeck = (depth: number, width: number): string =>
    P(`M${-width} -140 L0 ${-140 + depth} L${width} -140Z`, def.skin, INK, thin, { 'stroke-linejoin': 'round' });
  const roundNeck = (): string => P('M-7.6 -140 Q0 -130.6 7.6 -140Z', def.skin, INK, thin);
  const belt = t.tucked
    ? el('rect', { x: -d.hip - 0.5, y: -90, width: 2 * d.hip + 1, height: 4.5, fill: '#3a2b22', stroke: INK, 'stroke-width': thin }) +
      el('rect', { x: -2.6, y: -90.2, width: 5.2, height: 5, fill: '#c9a640', stroke: INK, 'stroke-width': thin * 0.8 })
    : '';
  switch (t.kind) {
    case 'tshirt':
      if (!hidden) s += roundNeck() + P('M-9.2 -140 Q0 -128.4 9.2 -140', 'none', shade(t.color, 0.25), pen.sw * 0.8);
      break;
    case 'hoodie':
      s += P(`M${-d.S + 6} -138 C-12 -146 12 -146 ${d.S - 6} -138 C12 -140 -12 -140 ${-d.S + 6} -138Z`, shade(t.color, 0.15), INK, thin);
      if (!hidden) s += roundNeck();
      s += P('M-4 -136 L-5 -118 M4 -136 L5 -118', 'none', WHITE, pen.sw * 0.7, { 'stroke-linecap': 'round' });
      s += P(`M-13 -92 L-11 -104 L11 -104 L13 -92`, 'none', INK, thin);
      break;
    case 'polo':
      if (!hidden) s += vNeck(9, 4) + collar(t.accent ?? tint(t.color, 0.2));
      s += P('M0 -131 L0 -120', 'none', INK, thin) + el('circle', { cx: 1.6, cy: -124, r: 0.9, fill: INK });
      break;
    case 'shirt':
    case 'batik':
    case 'school':
    case 'uniform':
      if (!hidden) s += vNeck(10, 5) + collar(t.kind === 'batik' ? shade(t.color, 0.1) : t.color);
      s += placket(-130);
      if (t.kind === 'school')
        s +=
          P('M-17 -124 L-7 -124 L-7 -113 Q-12 -111 -17 -113Z', 'none', INK, thin) +
          P('M-14 -122 L-10 -122 L-10 -118 Q-12 -116.6 -14 -118Z', '#e0a526', INK, thin * 0.7);
      if (t.kind === 'uniform') {
        s +=
          P('M-18.6 -126 L-7.6 -126 L-7.6 -113 L-18.6 -113Z M7.6 -126 L18.6 -126 L18.6 -113 L7.6 -113Z', 'none', INK, thin) +
          P(
            'M-18.6 -126 L-7.6 -126 L-7.6 -121.6 L-13.1 -120 L-18.6 -121.6Z M7.6 -126 L18.6 -126 L18.6 -121.6 L13.1 -120 L7.6 -121.6Z',
            shade(t.color, 0.12),
            INK,
            thin,
          );
        s += P(
          `M${-d.S + 2} -137 L${-d.S + 11} -139 L${-d.S + 11} -135 L${-d.S + 2} -133Z M${d.S - 2} -137 L${d.S - 11} -139 L${d.S - 11} -135 L${d.S - 2} -133Z`,
          shade(t.color, 0.25),
          INK,
          thin * 0.8,
        );
      }
      break;
    case 'flashy':
      s += vNeck(17, 8) + collar(t.color, 3);
      s += P('M0 -123 L0 ' + hem, 'none', INK, thin);
      break;
    case 'kebaya':
      if (!hidden) s += vNeck(16, 7);
      s +=
        P(`M-7 -140 L0 -124 L0 ${hem} M7 -140 L0 -124`, 'none', accent, pen.sw * 1.3) +
        P(`M-7 -140 L0 -124 L0 ${hem} M7 -140 L0 -124`, 'none', INK, thin * 0.5);
      s += el('circle', { cx: 0, cy: -118, r: 2.4, fill: GOLD, stroke: INK, 'stroke-width': thin });
      s += P(`M${-d.hip - 4} ${hem - 2} L${d.hip + 4} ${hem - 2}`, 'none', accent, pen.sw * 1.2);
      break;
    case 'blouse':
      if (!hidden) s += roundNeck();
      s += P(`M-6 ${hem - 1} Q0 ${hem - 4} 6 ${hem - 1}`, 'none', shade(t.color, 0.2), thin);
      break;
    case 'daster':
      if (!hidden) s += roundNeck();
      s += P('M-10 -118 Q0 -114 10 -118', 'none', shade(t.color, 0.3), thin);
      break;
    case 'blazer': {
      const shirt = t.accent ?? WHITE;
      s += P('M-9 -140 L0 -108 L9 -140Z', shirt, INK, thin, { 'stroke-linejoin': 'round' });
      if (!hidden) s += vNeck(7, 4.2) + collar(shirt) + P('M0 -130 L-2.6 -126 L0 -110 L2.6 -126Z', '#7a1f2b', INK, thin * 0.7);
      s += P(`M-9 -140 L-13 -124 L-6 -122 L0 -106 L0 ${hem} M9 -140 L13 -124 L6 -122 L0 -106`, 'none', INK, thin, { 'stroke-linejoin': 'round' });
      s += el('circle', { cx: 1.8, cy: -96, r: 1.1, fill: INK });
      break;
    }
    case 'work': {
      const band = (y: number): string => P(`M${-d.S + 1} ${y} L${d.S - 1} ${y} L${d.S - 1.6} ${y + 4} L${-d.S + 1.6} ${y + 4}Z`, '#e8e4d8', INK, thin * 0.8);
      if (!hidden) s += roundNeck();
      s += band(-118) + band(-100) + P(`M0 -138 L0 ${hem}`, 'none', INK, thin);
      break;
    }
  }
  return s + belt;
}

/** Details that sit on top of the clothes and the hijab: chains, lanyards, name tags. */
export function accessories(pen: Pen, def: CharacterDef, d: Dims): string {
  const x = def.extras ?? [];
  const thin = pen.sw * 0.6;
  let s = '';
  if (x.includes('gold-chain')) s += P('M-7 -139 Q0 -125 7 -139', 'none', GOLD, pen.sw * 1.1) + P('M-7 -139 Q0 -125 7 -139', 'none', INK, thin * 0.4);
  if (x.includes('lanyard')) {
    const top = def.hijab ? -134 : -139;
    s +=
      P(`M-6 ${top} L-2 -110 M6 ${top} L2 -110`, 'none', '#1f6fb5', pen.sw * 1.1) +
      el('rect', { x: -5.4, y: -111, width: 10.8, height: 14, rx: 1.5, fill: WHITE, stroke: INK, 'stroke-width': thin }) +
      el('rect', { x: -3.4, y: -108.6, width: 4.2, height: 5, fill: '#9bb8d3' }) +
      P('M-3.4 -101.4 L3.4 -101.4', 'none', '#8b8f96', 1);
  }
  if (x.includes('name-tag'))
    s += el('rect', { x: d.S * 0.28, y: def.hijab ? -104 : -131, width: 9, height: 3.4, rx: 0.8, fill: '#1d2a3a', stroke: INK, 'stroke-width': thin * 0.6 });
  if (x.includes('pin'))
    s +=
      el('circle', { cx: -d.S * 0.42, cy: -128, r: 1.8, fill: GOLD, stroke: INK, 'stroke-width': thin * 0.7 }) +
      el('rect', { x: -d.S * 0.42 + 3, y: -129.6, width: 4, height: 2.8, fill: '#d8312e', stroke: INK, 'stroke-width': thin * 0.5 });
  return s;
}

/** The hijab's drape over the shoulders and chest. */
export function hijabDrape(pen: Pen, def: CharacterDef, d: Dims): string {
  if (!def.hijab) return '';
  const k = d.S / 22.5;
  const c = def.hijab.color;
  const X = (v: number): number => v * k;
  const path = `M${X(-13)} -156 C${X(-22)} -152 ${X(-28.5)} -144 ${X(-29.8)} -134 C${X(-30.8)} -126 ${X(-29)} -118.5 ${X(-24)} -114.5 Q${X(-11)} -108.5 0 -103.5 Q${X(11)} -108.5 ${X(24)} -114.5 C${X(29)} -118.5 ${X(30.8)} -126 ${X(29.8)} -134 C${X(28.5)} -144 ${X(22)} -152 ${X(13)} -156Z`;
  return (
    P(path, c, undefined, undefined, outline(pen)) +
    P(
      `M${X(-19)} -138 Q${X(-22)} -126 ${X(-18)} -115 M${X(18)} -137 Q${X(21)} -126 ${X(16)} -114 M${X(-3)} -128 Q${X(-1)} -118 ${X(-4)} -110`,
      'none',
      shade(c, 0.22),
      pen.sw * 0.75,
      { 'stroke-linecap': 'round' },
    )
  );
}

function skirtFill(pen: Pen, def: CharacterDef): string {
  const b = def.bottom;
  if (b.kind === 'dress') return fabric(pen, def.top.pattern, def.top.color, def.top.accent ?? shade(def.top.color, 0.3));
  const pattern = b.pattern ?? (b.kind === 'sarung' ? 'check' : b.kind === 'kain' ? 'parang' : 'none');
  return fabric(pen, pattern, b.color, b.accent ?? shade(b.color, 0.35));
}

const isSkirt = (def: CharacterDef): boolean => ['skirt', 'kain', 'sarung', 'dress'].includes(def.bottom.kind);

/** Legs, or the skirt or sarung that hides them, with the hip block that joins them to the torso. */
export function legwear(pen: Pen, def: CharacterDef, d: Dims, sk: Skeleton, feet: (leg: LegPose, near: boolean) => string): string {
  const o = outline(pen);
  const b = def.bottom;
  const mode: LegMode = sk.mode;
  const hipY = -90 + sk.dy;
  const legPts = (l: LegPose): Point[] => [l.hip, l.knee, l.ankle];
  const skin = def.skin;
  if (!isSkirt(def)) {
    const col = b.kind === 'jeans' ? b.color : b.color;
    let s = tube(pen, legPts(sk.farLeg), d.leg, shade(col, 0.08)) + feet(sk.farLeg, false) + tube(pen, legPts(sk.nearLeg), d.leg, col) + feet(sk.nearLeg, true);
    const h = d.hip + 0.5;
    if (mode === 'sit') s += P(`M${-h} ${hipY - 8} L${h} ${hipY - 8} L${h + 4} ${hipY + 6} Q0 ${hipY + 10} ${-h} ${hipY + 4}Z`, col, undefined, undefined, o);
    else if (mode === 'floor')
      s =
        feet(sk.farLeg, false) +
        feet(sk.nearLeg, true) +
        tube(pen, [sk.farLeg.hip, sk.farLeg.knee, sk.farLeg.ankle], d.leg, shade(col, 0.08)) +
        tube(pen, [[0, hipY], sk.nearLeg.hip, sk.nearLeg.knee, sk.nearLeg.ankle], d.leg, col);
    else
      s += P(
        `M${-h} ${hipY - 8} L${h} ${hipY - 8} L${h + 0.6} ${hipY + 12} Q${h * 0.3} ${hipY + 16} 0 ${hipY + 17} Q${-h * 0.3} ${hipY + 16} ${-h - 0.6} ${hipY + 12}Z`,
        col,
        undefined,
        undefined,
        o,
      );
    if (b.kind === 'jeans')
      s += P(
        `M${-h + 3} ${hipY - 2} Q${-h + 6} ${hipY + 3} ${-h + 2} ${hipY + 6} M${h - 3} ${hipY - 2} Q${h - 6} ${hipY + 3} ${h - 2} ${hipY + 6}`,
        'none',
        tint(col, 0.35),
        pen.sw * 0.5,
      );
    return s;
  }
  const fill = skirtFill(pen, def);
  const top = hipY - 8;
  const h = d.hip + 0.5;
  if (mode === 'sit') {
    const shins =
      feet(sk.farLeg, false) +
      feet(sk.nearLeg, true) +
      tube(pen, [[sk.farLeg.knee[0], sk.farLeg.knee[1]], sk.farLeg.ankle], 9, skin) +
      tube(pen, [[sk.nearLeg.knee[0], sk.nearLeg.knee[1]], sk.nearLeg.ankle], 9, skin);
    const kx = sk.nearLeg.knee[0];
    const cloth = P(
      `M${-h} ${top} L${h} ${top} L${h + 2} ${hipY - 5} L${kx + 4} ${hipY - 4} Q${kx + 11} ${hipY} ${kx + 11} ${hipY + 8} L${kx + 8} -12 Q${kx - 4} -9 ${kx - 16} -12 L${kx - 14} ${hipY + 8} L${-h - 1} ${hipY + 8}Z`,
      fill,
      undefined,
      undefined,
      o,
    );
    return shins + cloth + P(`M${kx - 16} ${hipY + 8} L${-h} ${hipY + 8}`, 'none', INK, pen.sw * 0.6);
  }
  if (mode === 'floor') {
    return (
      feet(sk.farLeg, false) +
      feet(sk.nearLeg, true) +
      P(
        `M${-h} ${hipY - 4} C${-h + 10} ${hipY - 8} ${h - 10} ${hipY - 8} ${h} ${hipY - 4} C${h + 14} ${hipY - 2} 47 ${hipY + 4} 47 -4 Q0 3 -47 -4 C-47 ${hipY + 4} ${-h - 14} ${hipY - 2} ${-h} ${hipY - 4}Z`,
        fill,
        undefined,
        undefined,
        o,
      ) +
      P('M-22 -9 Q0 -15 24 -8', 'none', INK, pen.sw * 0.5)
    );
  }
  let left = -h - 5;
  let right = h + 5;
  if (mode === 'walk') {
    left = Math.min(left, sk.farLeg.ankle[0] - 7);
    right = Math.max(right, sk.nearLeg.ankle[0] + 9);
  }
  const hemY = -9;
  let s = feet(sk.farLeg, false) + feet(sk.nearLeg, true);
  if (mode === 'walk') s += tube(pen, [sk.farLeg.knee, sk.farLeg.ankle], 9, skin);
  s += P(
    `M${-h} ${top} L${h} ${top} C${h + 1} ${hipY + 20} ${right - 1} ${hipY + 50} ${right} ${hemY} Q0 ${hemY + 3} ${left} ${hemY} C${left + 1} ${hipY + 50} ${-h - 1} ${hipY + 20} ${-h} ${top}Z`,
    fill,
    undefined,
    undefined,
    o,
  );
  if (b.kind === 'kain') s += P(`M${h * 0.5} ${top + 2} Q${right * 0.5} ${hipY + 40} ${right * 0.35} ${hemY + 2}`, 'none', INK, pen.sw * 0.6);
  if (b.kind === 'sarung')
    s +=
      el('rect', { x: -h, y: top, width: 2 * h, height: 5, fill: shade(b.color, 0.15), stroke: INK, 'stroke-width': pen.sw * 0.6 }) +
      P(`M-4 ${top + 5} L-6 ${hemY}`, 'none', shade(b.color, 0.4), pen.sw * 0.5);
  return s;
}
