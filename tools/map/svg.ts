/**
 * The map as a self-contained SVG a person can read: layers top to bottom from the start, scenes as boxes
 * with their lessons, endings green (good) or red (bad), choices as labelled arrows; dashed when conditional.
 */
import type { MapNode, StoryMap } from './graph';

const NODE_W = 210;
const NODE_H = 64;
const GAP_X = 60;
const GAP_Y = 130;
const MARGIN = 30;

export function mapSvg(map: StoryMap, title: string): string {
  const perLayer = new Map<number, number>();
  for (const node of map.nodes) perLayer.set(node.layer, Math.max(perLayer.get(node.layer) ?? 0, node.row + 1));
  const widest = Math.max(1, ...perLayer.values());
  const width = Math.max(780, MARGIN * 2 + widest * NODE_W + (widest - 1) * GAP_X);
  const height = MARGIN * 2 + 60 + map.layers * NODE_H + (map.layers - 1) * GAP_Y;
  const place = new Map<string, { x: number; y: number }>();
  for (const node of map.nodes) {
    const count = perLayer.get(node.layer)!;
    const rowWidth = count * NODE_W + (count - 1) * GAP_X;
    place.set(node.id, { x: (width - rowWidth) / 2 + node.row * (NODE_W + GAP_X), y: MARGIN + 60 + node.layer * (NODE_H + GAP_Y) });
  }
  const fromCount = new Map<string, number>();
  const links = map.links
    .filter((link) => place.has(link.from) && place.has(link.to))
    .map((link) => {
      // Labels of links leaving one scene are staggered, so two choices never print on top of each other.
      const nth = fromCount.get(link.from) ?? 0;
      fromCount.set(link.from, nth + 1);
      const from = place.get(link.from)!;
      const to = place.get(link.to)!;
      const x1 = from.x + NODE_W / 2;
      const y1 = from.y + NODE_H;
      const x2 = to.x + NODE_W / 2;
      const upward = to.y <= from.y;
      const y2 = upward ? to.y + NODE_H : to.y;
      // Links that go back up (loops) swing out to the side so they do not cross the boxes.
      const path = upward
        ? `M${x1},${y1} C${x1 + NODE_W * 0.8},${y1 + GAP_Y * 0.6} ${x2 + NODE_W * 0.8},${y2 + GAP_Y * 0.6} ${x2},${y2}`
        : `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2 - 4}`;
      const label = link.label ? labelAt(x1 + (x2 - x1) * 0.6, y1 + 26 + nth * 34 + (upward ? GAP_Y * 0.5 : 0), link.label) : '';
      return `<path d="${path}" class="link${link.conditional ? ' conditional' : ''}" marker-end="url(#arrow)"/>${label}`;
    });
  const nodes = map.nodes.map((node) => nodeBox(node, place.get(node.id)!));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    '<style>.link{fill:none;stroke:#555;stroke-width:1.6}.conditional{stroke-dasharray:6 4}.scene{fill:#fff;stroke:#34495e;stroke-width:1.5}.good{fill:#d8f3dc;stroke:#1b7a3a;stroke-width:2}.bad{fill:#fde2e1;stroke:#b3261e;stroke-width:2}.unreachable{fill:#eee;stroke:#999;stroke-dasharray:4 3}.label{font-size:11px;fill:#222}.lessons{font-size:10px;fill:#1b5e8a}.choice{font-size:10.5px;fill:#333}</style>',
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#fafafa"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 12}" font-size="18" font-weight="bold">${escape(title)}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + 34}" font-size="11" fill="#555">boxes: scenes · green/red: good/bad endings · dashed: choice with a condition · blue: lessons taught</text>`,
    ...links,
    ...nodes,
    '</svg>',
  ].join('\n');
}

function nodeBox(node: MapNode, at: { x: number; y: number }): string {
  const kind = node.reachable ? node.kind : 'unreachable';
  const radius = node.kind === 'scene' ? 6 : 24;
  const lines = wrap(node.label, 30).slice(0, 2);
  const text = lines.map((line, i) => `<tspan x="${at.x + NODE_W / 2}" dy="${i === 0 ? 0 : 14}">${escape(line)}</tspan>`).join('');
  const lessons = node.lessons.length
    ? `<text class="lessons" x="${at.x + NODE_W / 2}" y="${at.y + NODE_H - 8}" text-anchor="middle">${escape(truncate(node.lessons.join(', '), 38))}</text>`
    : '';
  return `<g><title>${escape(node.id)}</title><rect class="${kind}" x="${at.x}" y="${at.y}" width="${NODE_W}" height="${NODE_H}" rx="${radius}"/><text class="label" x="${at.x + NODE_W / 2}" y="${at.y + 20}" text-anchor="middle" font-weight="bold">${text}</text>${lessons}</g>`;
}

function labelAt(x: number, y: number, label: string): string {
  const lines = wrap(label, 26).slice(0, 3);
  const width = Math.max(...lines.map((line) => line.length)) * 6 + 10;
  const height = lines.length * 13 + 6;
  const text = lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : 13}">${escape(line)}</tspan>`).join('');
  return `<rect x="${x - width / 2}" y="${y - height / 2}" width="${width}" height="${height}" rx="4" fill="#fff" stroke="#bbb"/><text class="choice" x="${x}" y="${y - height / 2 + 13}" text-anchor="middle">${text}</text>`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
