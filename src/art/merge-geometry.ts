/**
 * Boxes for the shape merge (merge.ts): a box that surely holds what a path paints (its control points, an arc's
 * reach), so two shapes whose boxes do not meet surely do not overlap.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const box = (a: Box, b: Box): Box => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) });
export const grow = (a: Box, by: number): Box => ({ x0: a.x0 - by, y0: a.y0 - by, x1: a.x1 + by, y1: a.y1 + by });
/** Boxes that touch count as meeting: antialiased edges would blend. */
export const boxesMeet = (a: Box, b: Box): boolean => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;

const ARGS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/** The box of path data (every point it passes through or bends towards); undefined when it is not path data. */
export function pathBox(d: string): Box | undefined {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  let result: Box | undefined;
  const add = (x: number, y: number, reach = 0) => {
    const point = { x0: x - reach, y0: y - reach, x1: x + reach, y1: y + reach };
    result = result ? box(result, point) : point;
  };
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = '';
  for (let i = 0; i < tokens.length;) {
    if (/[a-zA-Z]/.test(tokens[i]!)) command = tokens[i++]!;
    const upper = command.toUpperCase();
    const count = ARGS[upper];
    if (count === undefined) return undefined;
    if (upper === 'Z') {
      [x, y] = [startX, startY];
      // A Z followed directly by numbers is not path data.
      if (i < tokens.length && !/[a-zA-Z]/.test(tokens[i]!)) return undefined;
      continue;
    }
    const values = tokens.slice(i, i + count).map(Number);
    if (values.length < count || values.some((value) => Number.isNaN(value))) return undefined;
    i += count;
    const relative = command !== upper;
    const [dx, dy] = relative ? [x, y] : [0, 0];
    if (upper === 'H') x = values[0]! + (relative ? x : 0);
    else if (upper === 'V') y = values[0]! + (relative ? y : 0);
    else if (upper === 'A') {
      const [ex, ey] = [values[5]! + dx, values[6]! + dy];
      // An arc stays within its radius of its centre, which is within its radius of either end (or, when the radii
      // are too small for the ends, within half the chord of its middle).
      const reach = Math.max(2 * Math.max(Math.abs(values[0]!), Math.abs(values[1]!)), Math.hypot(ex - x, ey - y));
      add(x, y, reach);
      [x, y] = [ex, ey];
    } else {
      for (let k = 0; k + 2 < count; k += 2) add(values[k]! + dx, values[k + 1]! + dy);
      [x, y] = [values[count - 2]! + dx, values[count - 1]! + dy];
    }
    add(x, y);
    if (upper === 'M') {
      [startX, startY] = [x, y];
      // Pairs after a move are lines.
      command = relative ? 'l' : 'L';
    }
  }
  return result;
}

/** The box, moved by an SVG transform list (translate, scale, rotate, matrix), as a box around its corners. */
export function transformBox(a: Box, transform: string): Box {
  let m = [1, 0, 0, 1, 0, 0];
  const times = (n: number[]) => {
    m = [
      m[0]! * n[0]! + m[2]! * n[1]!,
      m[1]! * n[0]! + m[3]! * n[1]!,
      m[0]! * n[2]! + m[2]! * n[3]!,
      m[1]! * n[2]! + m[3]! * n[3]!,
      m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
      m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
    ];
  };
  for (const [, name, args] of transform.matchAll(/([a-zA-Z]+)\(([^)]*)\)/g)) {
    const v = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? []).map(Number);
    if (name === 'translate') times([1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0]);
    else if (name === 'scale') times([v[0] ?? 1, 0, 0, v[1] ?? v[0] ?? 1, 0, 0]);
    else if (name === 'matrix' && v.length === 6) times(v);
    else if (name === 'rotate') {
      const r = ((v[0] ?? 0) * Math.PI) / 180;
      const [cx, cy] = [v[1] ?? 0, v[2] ?? 0];
      times([1, 0, 0, 1, cx, cy]);
      times([Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
      times([1, 0, 0, 1, -cx, -cy]);
    } else return { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };
  }
  const corners = [
    [a.x0, a.y0],
    [a.x1, a.y0],
    [a.x0, a.y1],
    [a.x1, a.y1],
  ].map(([px, py]) => [m[0]! * px! + m[2]! * py! + m[4]!, m[1]! * px! + m[3]! * py! + m[5]!] as const);
  const xs = corners.map(([px]) => px);
  const ys = corners.map(([, py]) => py);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
