/**
 * Where the map draws its boxes and links: dagre's layered layout (top to bottom, the start near the top), then each
 * link routed along dagre's points so that it never crosses a box. Every box has the same height, so each layer of
 * boxes is one band: inside a band a link runs straight down where dagre left it room (its dummy node), and it turns
 * only in the gaps between bands. A link that goes back up leaves and enters its boxes round their sides.
 */
import dagre from '@dagrejs/dagre';
import type { MapGraph } from './map-graph';

export interface Point {
  x: number;
  y: number;
}

/** A box's place: its top left corner and size, as React Flow positions nodes. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LinkRoute {
  points: Point[];
  /** Where the link's label sits (its centre), for a choice. */
  label?: Point & { width: number; height: number };
}

export interface MapLayout {
  boxes: Map<string, Rect>;
  /** Each scene box's exit handles from left to right, ordered by where their links head (fewer crossings at the box). */
  exits: Map<string, string[]>;
  links: Map<string, LinkRoute>;
  width: number;
  height: number;
}

export const BOX_WIDTH = 200;
export const BOX_HEIGHT = 76;
export const LABEL_HEIGHT = 26;
/** How far from a box a link turns: well inside the gap between layers (half of RANK_GAP) and beside boxes. */
const TURN = 10;
/** How far past a band a link runs before it turns. */
const CLEAR = 4;
const RANK_GAP = 64;
const BOX_GAP = 48;

/** A label's width for its text (the map's font, about 7 px a character at 12 px) and its "condition" tag. */
export function labelWidth(text: string, conditional = false): number {
  return Math.min(190, Math.max(48, Math.round(text.length * 7 + 20))) + (conditional ? 56 : 0);
}

/** Where a box's exit handles sit along its bottom edge, from the left: evenly spread. */
export function exitX(rect: Rect, index: number, count: number): number {
  return rect.x + (rect.width * (index + 1)) / (count + 1);
}

/**
 * What the layout depends on: the boxes and links, and each label's width; not titles or marks (boxes have one size).
 * Renaming a scene or fixing a problem keeps the key, so the map is not laid out again (90 ms at 60 scenes here).
 */
export function layoutKey(graph: MapGraph): string {
  const boxes = graph.boxes.map((box) => box.id).join(' ');
  const links = graph.links.map((link) => `${link.id}>${link.to}:${link.label === undefined ? '' : labelWidth(link.label, link.conditional)}`).join(' ');
  return `${boxes}|${links}`;
}

export function layoutMap(graph: MapGraph): MapLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: BOX_GAP, edgesep: 24, ranksep: RANK_GAP, marginx: 24, marginy: 24 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const box of graph.boxes) g.setNode(box.id, { width: BOX_WIDTH, height: BOX_HEIGHT });
  for (const link of graph.links) {
    const label = link.label === undefined ? {} : { width: labelWidth(link.label, link.conditional), height: LABEL_HEIGHT, labelpos: 'c' as const };
    g.setEdge(link.from, link.to, { minlen: 1, ...label }, link.id);
  }
  dagre.layout(g);

  const boxes = new Map<string, Rect>();
  for (const box of graph.boxes) {
    const node = g.node(box.id);
    boxes.set(box.id, { x: node.x! - BOX_WIDTH / 2, y: node.y! - BOX_HEIGHT / 2, width: BOX_WIDTH, height: BOX_HEIGHT });
  }
  const bands = [...new Set([...boxes.values()].map((rect) => rect.y))];
  const exits = exitOrder(graph, g);
  const links = new Map<string, LinkRoute>();
  for (const link of graph.links) {
    const edge = g.edge({ v: link.from, w: link.to, name: link.id });
    const from = boxes.get(link.from)!;
    const to = boxes.get(link.to)!;
    const order = exits.get(link.from) ?? [link.handle];
    const start = { x: exitX(from, order.indexOf(link.handle), order.length), y: from.y + from.height };
    const inner = (edge.points ?? []).slice(1, -1);
    const points = link.from === link.to ? loop(from, start) : route(from, to, start, inner, bands);
    const label = link.label === undefined ? undefined : labelPlace(edge, from, link.from === link.to, labelWidth(link.label, link.conditional));
    links.set(link.id, label ? { points, label } : { points });
  }
  const size = g.graph();
  return { boxes, exits, width: size.width ?? 0, height: size.height ?? 0, links };
}

/**
 * A scene's exits sorted by where their links first head, left to right (a link's first point after the box, or its
 * target); an exit without a link (a choice leading to a deleted scene) keeps its place among the choices.
 */
/** Dagre's graph as layoutMap builds it: boxes and links with their laid-out places. */
type LaidGraph = { edge: (edge: { v: string; w: string; name: string }) => { points?: Point[] }; node: (id: string) => { x?: number } };

function exitOrder(graph: MapGraph, g: LaidGraph): Map<string, string[]> {
  const heading = new Map(
    graph.links.map((link) => {
      const points = g.edge({ v: link.from, w: link.to, name: link.id }).points ?? [];
      const fromX = g.node(link.from).x ?? 0;
      const next = points[1] ?? g.node(link.to);
      // A loop back to its own box heads right, where it is drawn.
      return [`${link.from}>${link.handle}`, link.from === link.to ? Infinity : (next.x ?? fromX) - fromX];
    }),
  );
  const order = new Map<string, string[]>();
  for (const box of graph.boxes) {
    if (box.kind !== 'scene') continue;
    const where = (handle: string, index: number) => heading.get(`${box.id}>${handle}`) ?? (index - (box.exits.length - 1) / 2) * 0.001;
    const ranked = box.exits.map((exit, index) => ({ handle: exit.handle, x: where(exit.handle, index), index }));
    order.set(
      box.id,
      ranked.sort((a, b) => a.x - b.x || a.index - b.index).map((item) => item.handle),
    );
  }
  return order;
}

function labelPlace(edge: { x?: number; y?: number }, from: Rect, self: boolean, width: number) {
  // A scene's choice back to itself: its label beside the loop, in the room dagre keeps to the box's right.
  if (self) return { x: from.x + from.width + TURN + width / 2 + 4, y: from.y + from.height / 2, width, height: LABEL_HEIGHT };
  return { x: edge.x ?? from.x, y: edge.y ?? from.y, width, height: LABEL_HEIGHT };
}

/** The band (a layer of boxes, top and bottom) that a point of dagre's route is in, if any. */
function bandOf(point: Point, bands: readonly number[]): number | undefined {
  return bands.find((top) => point.y > top && point.y < top + BOX_HEIGHT);
}

function route(from: Rect, to: Rect, start: Point, inner: readonly Point[], bands: readonly number[]): Point[] {
  const points: Point[] = [start];
  const push = (x: number, y: number) => points.push({ x, y });
  const first = inner[0] ?? { x: to.x + to.width / 2, y: to.y };
  if (first.y < from.y) {
    // Going back up: down out of the box, round its side, then up into the gap above it.
    const side = first.x < start.x ? from.x - TURN : from.x + from.width + TURN;
    push(start.x, from.y + from.height + TURN);
    push(side, from.y + from.height + TURN);
    push(side, from.y - TURN);
  }
  for (const point of inner) {
    const band = bandOf(point, bands);
    if (band === undefined) {
      push(point.x, point.y);
      continue;
    }
    // Across the band and a little beyond, so that the next turn is in the gap, not along the boxes' edges.
    const down = points.at(-1)!.y < point.y;
    push(point.x, down ? band - CLEAR : band + BOX_HEIGHT + CLEAR);
    push(point.x, down ? band + BOX_HEIGHT + CLEAR : band - CLEAR);
  }
  const last = points.at(-1)!;
  const centre = to.x + to.width / 2;
  if (last.y > to.y) {
    // Arriving from below: round the target's side into the gap above it, then down onto its top.
    const side = last.x < centre ? to.x - TURN : to.x + to.width + TURN;
    push(side, Math.max(last.y, to.y + to.height + TURN));
    push(side, to.y - TURN);
    push(centre, to.y - TURN);
  }
  push(centre, to.y);
  return points;
}

/** A choice that leads back to its own scene: out of the bottom, round the right side, into the top. */
function loop(box: Rect, start: Point): Point[] {
  const right = box.x + box.width + TURN;
  const centre = box.x + box.width / 2;
  return [
    start,
    { x: start.x, y: box.y + box.height + TURN },
    { x: right, y: box.y + box.height + TURN },
    { x: right, y: box.y - TURN },
    { x: centre, y: box.y - TURN },
    { x: centre, y: box.y },
  ];
}
