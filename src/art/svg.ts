/**
 * Tiny SVG string helpers shared by the whole kit: number formatting, elements, a per-file
 * registry of <defs> (so a pattern or a repeated shape is written once per file) and the minifier.
 */

export type AttrValue = string | number | undefined | null | false;
export type Attrs = Record<string, AttrValue>;

/** A number rounded to one decimal, without a trailing ".0" or a "-0". */
export function num(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** A scale factor: three significant decimals are kept (rounding a scale to 0.1 would move things). */
export function fine(v: number): string {
  const r = Math.round(v * 10000) / 10000;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** An element as a string; undefined, null and false attributes are left out. */
export function el(tag: string, attrs: Attrs, children?: string): string {
  let s = `<${tag}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    s += ` ${k}="${typeof v === 'number' ? num(v) : v}"`;
  }
  return children === undefined || children === '' ? `${s}/>` : `${s}>${children}</${tag}>`;
}

export const g = (attrs: Attrs, children: string): string => (children ? el('g', attrs, children) : '');

/** translate(x y) scale(sx sy) rotate(r), each part only when it is not the identity. */
export function tf(x: number, y: number, sx = 1, sy = sx, rot = 0): string | undefined {
  const parts: string[] = [];
  if (x !== 0 || y !== 0) parts.push(`translate(${num(x)} ${num(y)})`);
  if (rot !== 0) parts.push(`rotate(${num(rot)})`);
  if (sx !== 1 || sy !== 1) parts.push(sx === sy ? `scale(${fine(sx)})` : `scale(${fine(sx)} ${fine(sy)})`);
  return parts.length ? parts.join(' ') : undefined;
}

/** A path, with outline when `stroke` is given. */
export function P(d: string, fill: string, stroke?: string, sw?: number, extra: Attrs = {}): string {
  return el('path', { d, fill, stroke, 'stroke-width': sw, ...extra });
}

/** A polyline point list "x y x y". */
export function pts(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y]) => `${num(x)} ${num(y)}`).join(' ');
}

/** The <defs> of one SVG file: each def is keyed, so asking twice for the same thing returns the same id. */
export class Defs {
  private readonly items = new Map<string, { id: string; svg: string }>();
  private next = 0;

  constructor(private readonly prefix = '') {}

  /** The id of the def named `key`, made by `make(id)` the first time it is asked for. */
  use(key: string, make: (id: string) => string): string {
    const found = this.items.get(key);
    if (found) return found.id;
    const id = `${this.prefix}${(this.next++).toString(36)}`;
    // Reserve the id before making, so a def may use other defs.
    this.items.set(key, { id, svg: '' });
    const svg = make(id);
    this.items.set(key, { id, svg });
    return id;
  }

  /** A fresh id that is not a shared def (clip paths that belong to one element). */
  fresh(): string {
    return `${this.prefix}${(this.next++).toString(36)}`;
  }

  add(svg: string): void {
    this.items.set(`raw${this.next++}`, { id: '', svg });
  }

  toString(): string {
    const body = [...this.items.values()].map((d) => d.svg).join('');
    return body ? `<defs>${body}</defs>` : '';
  }
}

/** Attributes whose numbers keep their precision (scale factors, opacities, gradient stops). */
const KEEP = new Set(['transform', 'patternTransform', 'gradientTransform', 'opacity', 'fill-opacity', 'stroke-opacity', 'offset', 'stop-opacity', 'viewBox']);

/** Path data with numbers to one decimal and no needless separators. */
export function compactPath(d: string): string {
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  let out = '';
  let last = '';
  for (const t of tokens) {
    if (/[a-zA-Z]/.test(t)) {
      out += t;
      last = '';
      continue;
    }
    const v = num(parseFloat(t));
    const s = v.startsWith('0.') ? v.slice(1) : v.startsWith('-0.') ? `-${v.slice(2)}` : v;
    if (last && !s.startsWith('-') && !(s.startsWith('.') && last.includes('.'))) out += ' ';
    out += s;
    last = s;
  }
  return out;
}

/** Minify an SVG string: no comments, numbers to one decimal, compact paths, no needless whitespace. */
export function minify(svg: string): string {
  let s = svg.replace(/<!--[\s\S]*?-->/g, '');
  s = s
    .replace(/>\s+</g, '><')
    .replace(/\s{2,}/g, ' ')
    .trim();
  s = s.replace(/ ([a-zA-Z:-]+)="([^"]*)"/g, (_m, name: string, value: string) => {
    if (KEEP.has(name)) return ` ${name}="${value}"`;
    if (name === 'd') return ` d="${compactPath(value)}"`;
    if (name === 'points')
      return ` points="${value
        .replace(/-?\d*\.?\d+/g, (n) => num(parseFloat(n)))
        .replace(/\s+/g, ' ')
        .trim()}"`;
    if (/^-?\d*\.\d{2,}$/.test(value)) return ` ${name}="${num(parseFloat(value))}"`;
    return ` ${name}="${value}"`;
  });
  return s;
}
