/** Shared colours and colour arithmetic. Warm, flat, with enough value contrast to print in grey. */

export const INK = '#2b1f1b'; // outlines of people and props
export const BG_INK = '#5b4a40'; // softer outlines of backgrounds, so people stand out
export const WHITE = '#fffaf2';
export const MOUTH = '#7c2e2a';
export const TONGUE = '#d9706a';
export const BLUSH = '#f08a7a';
export const TEAR = '#8fd3f4';
export const GOLD = '#e8b931';
export const GLASS = '#cfe8f0';

export const SKIN = {
  light: '#eab98c',
  medium: '#d49a69',
  tan: '#c3855a',
  deep: '#a86c44',
} as const;

export const HAIR = {
  black: '#211b1a',
  darkBrown: '#3a2a22',
  grey: '#8d8a86',
  salt: '#5e5a58',
} as const;

function parse(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full =
    h.length === 3
      ? h
          .split('')
          .map((c) => c + c)
          .join('')
      : h;
  return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16)];
}

function hex(r: number, g: number, b: number): string {
  const c = (v: number): string =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
  const s = `${c(r)}${c(g)}${c(b)}`;
  // Short form when possible (#aabbcc -> #abc).
  if (s[0] === s[1] && s[2] === s[3] && s[4] === s[5]) return `#${s[0]}${s[2]}${s[4]}`;
  return `#${s}`;
}

/** Mix two colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = parse(a);
  const [r2, g2, b2] = parse(b);
  return hex(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t);
}

export const shade = (c: string, t = 0.2): string => mix(c, '#1a1020', t);
export const tint = (c: string, t = 0.2): string => mix(c, '#ffffff', t);

/** Perceived lightness 0..1 (what a grayscale print shows). */
export function luma(c: string): number {
  const [r, g, b] = parse(c);
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
}
