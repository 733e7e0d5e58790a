/**
 * Lighter panel art: shapes drawn one after the other in the same style become one path, when drawing them as one
 * looks the same. A phone parses and styles every element of a panel's SVG when it comes in (docs/performance.md,
 * "Reading speed"), so fewer elements is less work at a tap.
 *
 * Works on the kit's own minified output (compose.ts): elements only, attributes in double quotes, no text. Two
 * shapes merge when they have the same attributes apart from their geometry, neither has a transform, an id or a
 * paint from <defs> (a gradient spans its element's box), and moving the later one back to the earlier one's place
 * changes nothing: it overlaps nothing drawn in between, nor (unless both are outlines only, opaque) the shapes it
 * joins, whose outline or fill would otherwise show through where one covered the other.
 */
import { box, boxesMeet, grow, pathBox, transformBox, type Box } from './merge-geometry';
import { compactPath } from './svg';

interface Node {
  tag: string;
  attrs: [string, string][];
  children: Node[];
}

/** Parses the kit's own SVG (nothing else: see above). */
function parse(svg: string): Node {
  const root: Node = { tag: '', attrs: [], children: [] };
  const stack = [root];
  const tag = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"]*")*)\s*(\/?)>/g;
  let at = 0;
  for (let match = tag.exec(svg); match; match = tag.exec(svg)) {
    if (match.index !== at) throw new Error(`Unexpected text in the SVG at ${at}.`);
    at = tag.lastIndex;
    const [, closing, name, attrText, selfClosing] = match;
    if (closing) {
      stack.pop();
      continue;
    }
    const attrs = [...attrText!.matchAll(/([a-zA-Z][a-zA-Z0-9:-]*)="([^"]*)"/g)].map(([, key, value]) => [key!, value!] as [string, string]);
    const node: Node = { tag: name!, attrs, children: [] };
    stack.at(-1)!.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (at !== svg.length || stack.length !== 1) throw new Error('The SVG is not well formed.');
  return root;
}

function write(node: Node): string {
  const open = `<${node.tag}${node.attrs.map(([key, value]) => ` ${key}="${value}"`).join('')}`;
  return node.children.length ? `${open}>${node.children.map(write).join('')}</${node.tag}>` : `${open}/>`;
}

const attr = (node: Node, key: string): string | undefined => node.attrs.find(([name]) => name === key)?.[1];
const n = (node: Node, key: string): number => Number(attr(node, key) ?? 0);

/** Each shape's geometry attributes, and its outline as path data. */
const GEOMETRY: Record<string, { keys: string[]; d: (node: Node) => string | undefined }> = {
  path: { keys: ['d'], d: (node) => attr(node, 'd') },
  rect: {
    keys: ['x', 'y', 'width', 'height'],
    // A rounded rectangle stays a <rect>: its corners as arcs would cost more than they save.
    d: (node) =>
      attr(node, 'rx') || attr(node, 'ry') ? undefined : `M${n(node, 'x')} ${n(node, 'y')}h${n(node, 'width')}v${n(node, 'height')}h${-n(node, 'width')}Z`,
  },
  circle: { keys: ['cx', 'cy', 'r'], d: (node) => ellipse(n(node, 'cx'), n(node, 'cy'), n(node, 'r'), n(node, 'r')) },
  ellipse: { keys: ['cx', 'cy', 'rx', 'ry'], d: (node) => ellipse(n(node, 'cx'), n(node, 'cy'), n(node, 'rx'), n(node, 'ry')) },
  // A polyline's fill closes itself, as a path's does; its outline stays open, as the path's.
  polyline: {
    keys: ['points'],
    d: (node) => {
      const [x, y, ...rest] = (attr(node, 'points') ?? '').trim().split(/[\s,]+/);
      return rest.length >= 2 ? `M${x} ${y}L${rest.join(' ')}` : undefined;
    },
  },
};

const round = (v: number): number => Math.round(v * 100) / 100;
function ellipse(cx: number, cy: number, rx: number, ry: number): string {
  return `M${round(cx - rx)} ${round(cy)}a${rx} ${ry} 0 1 0 ${round(2 * rx)} 0a${rx} ${ry} 0 1 0 ${round(-2 * rx)} 0Z`;
}

/** Path data that can follow other path data: a leading relative move made absolute (it is absolute only first). */
function standalone(d: string): string {
  if (!d.startsWith('m')) return d;
  const [, x, y, rest] = /^m\s*(-?[\d.]+(?:e-?\d+)?)[\s,]*(-?[\d.]+(?:e-?\d+)?)(.*)$/.exec(d) ?? [];
  if (x === undefined) return d;
  // Pairs after a relative move are relative lines.
  const more = rest!.trimStart();
  return `M${x} ${y}${more && !/^[a-zA-Z]/.test(more) ? `l${more}` : more}`;
}

/** Attributes that are neither geometry nor style: a shape with one of them is left alone. */
const UNMERGEABLE = ['transform', 'id', 'clip-path', 'mask', 'filter'];

interface Shape {
  node: Node;
  /** The style every shape of a merged path shares; undefined when the shape is never merged. */
  style?: string;
  box: Box;
  d?: string;
}

function shapeOf(node: Node, boxOf: (node: Node) => Box): Shape {
  const geometry = GEOMETRY[node.tag];
  const result: Shape = { node, box: boxOf(node) };
  if (!geometry || node.children.length || node.attrs.some(([key, value]) => UNMERGEABLE.includes(key) || value.includes('url('))) return result;
  const d = geometry.d(node);
  if (d === undefined) return result;
  const style = node.attrs.filter(([key]) => !geometry.keys.includes(key));
  // A shape turned into a path is written as compactly as the kit's own paths.
  return { ...result, d: node.tag === 'path' ? standalone(d) : compactPath(d), style: JSON.stringify(style) };
}

/** An outline without fill, fully opaque: drawing two of them as one path looks the same even where they cross. */
function outlineOnly(node: Node): boolean {
  return attr(node, 'fill') === 'none' && ['opacity', 'stroke-opacity'].every((key) => attr(node, key) === undefined || Number(attr(node, key)) >= 1);
}

const EVERYWHERE: Box = { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity };
const NOWHERE: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };

/** The box of a shape's geometry; anything it does not know (an image, a use) is everywhere, so nothing moves across it. */
function geometryBox(node: Node): Box {
  switch (node.tag) {
    case 'rect':
      return { x0: n(node, 'x'), y0: n(node, 'y'), x1: n(node, 'x') + n(node, 'width'), y1: n(node, 'y') + n(node, 'height') };
    case 'circle':
    case 'ellipse': {
      const [rx, ry] = node.tag === 'circle' ? [n(node, 'r'), n(node, 'r')] : [n(node, 'rx'), n(node, 'ry')];
      return { x0: n(node, 'cx') - rx, y0: n(node, 'cy') - ry, x1: n(node, 'cx') + rx, y1: n(node, 'cy') + ry };
    }
    case 'g':
      return node.children.map(paintBox).reduce(box, NOWHERE);
    // Drawing nothing where they are.
    case 'defs':
    case 'clipPath':
      return NOWHERE;
    default: {
      const d = GEOMETRY[node.tag]?.d(node);
      return (d === undefined ? undefined : pathBox(d)) ?? EVERYWHERE;
    }
  }
}

/** The box a shape may paint, its outline's width (and a mitred corner) included, in its parent's units. */
function paintBox(node: Node): Box {
  const stroke = attr(node, 'stroke');
  const width = stroke && stroke !== 'none' ? Number(attr(node, 'stroke-width') ?? 1) : 0;
  const own = grow(geometryBox(node), 2 * width + 0.5);
  const transform = attr(node, 'transform');
  return transform && own.x0 <= own.x1 ? transformBox(own, transform) : own;
}

/** Merges the children of one element, then of each child (not inside <defs>: patterns and clips are kept as made). */
function mergeChildren(node: Node): void {
  if (node.tag === 'defs') return;
  const shapes = node.children.map((child) => shapeOf(child, paintBox));
  /** For each kept shape, the shapes merged into it. */
  const merged = new Map<Shape, Shape[]>();
  const kept: Shape[] = [];
  for (const shape of shapes) {
    const target = shape.style === undefined ? undefined : findTarget(shape, kept, merged);
    if (target) merged.get(target)!.push(shape);
    else {
      kept.push(shape);
      merged.set(shape, [shape]);
    }
  }
  node.children = kept.map((shape) => {
    const members = merged.get(shape)!;
    if (members.length === 1) return shape.node;
    const style: [string, string][] = JSON.parse(shape.style!);
    return { tag: 'path', attrs: [['d', members.map((member) => member.d).join('')], ...style], children: [] };
  });
  for (const child of node.children) mergeChildren(child);
}

/** The earlier shape this one can join, looking back past shapes it does not overlap. */
function findTarget(shape: Shape, kept: Shape[], merged: Map<Shape, Shape[]>): Shape | undefined {
  for (let i = kept.length - 1; i >= 0; i--) {
    const candidate = kept[i]!;
    const members = merged.get(candidate)!;
    if (candidate.style === shape.style && (outlineOnly(shape.node) || members.every((member) => !boxesMeet(member.box, shape.box)))) return candidate;
    // Drawn in between, and in its way: it must stay on top of it.
    if (members.some((member) => boxesMeet(member.box, shape.box))) return undefined;
  }
  return undefined;
}

/** The kit's SVG with shapes of the same style merged where that looks the same, and empty groups unwrapped. */
export function mergeShapes(svg: string): string {
  const root = parse(svg);
  const unwrap = (node: Node): void => {
    node.children = node.children.flatMap((child) => (child.tag === 'g' && child.attrs.length === 0 ? child.children : [child]));
    node.children.forEach(unwrap);
  };
  unwrap(root);
  mergeChildren(root);
  return root.children.map(write).join('');
}
