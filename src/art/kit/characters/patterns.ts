/** Fabric patterns (batik parang and kawung, sarung check, loud florals, dots, stripes) as <pattern> defs. */
import { el, P } from '../../svg';
import type { Pen } from '../pen';
import type { Pattern } from './types';

/** A fill for `base` with the pattern drawn in `ink`; plain colour when there is no pattern. */
export function fabric(pen: Pen, pattern: Pattern | undefined, base: string, ink: string, size = 1): string {
  if (!pattern || pattern === 'none') return base;
  const key = `fab:${pattern}:${base}:${ink}:${size}`;
  const id = pen.defs.use(key, (id) => {
    const s = 10 * size;
    let body = el('rect', { width: s, height: s, fill: base });
    const u = s / 10;
    switch (pattern) {
      case 'parang':
        // Diagonal rows of S-shaped hooks: the parang motif, simplified.
        body += P(`M${-2 * u} ${8 * u} Q${2 * u} ${2 * u} ${5 * u} ${5 * u} T${12 * u} ${2 * u}`, 'none', ink, 1.3 * u);
        body += P(`M${-2 * u} ${18 * u} Q${2 * u} ${12 * u} ${5 * u} ${15 * u} T${12 * u} ${12 * u}`, 'none', ink, 1.3 * u);
        body += el('circle', { cx: 8 * u, cy: 8.5 * u, r: 1 * u, fill: ink });
        break;
      case 'kawung': {
        // Four ovals around a point: the kawung (palm fruit) motif.
        const o = (cx: number, cy: number, rot: number): string =>
          el('ellipse', { cx: cx * u, cy: cy * u, rx: 2.6 * u, ry: 1.5 * u, fill: ink, transform: `rotate(${rot} ${cx * u} ${cy * u})` });
        body += o(5, 2.2, 90) + o(5, 7.8, 90) + o(2.2, 5, 0) + o(7.8, 5, 0);
        body += el('circle', { cx: 5 * u, cy: 5 * u, r: 0.7 * u, fill: base });
        break;
      }
      case 'floral': {
        const flower = (cx: number, cy: number, r: number): string => {
          let f = '';
          for (let i = 0; i < 5; i++) {
            const a = (i * 2 * Math.PI) / 5;
            f += el('circle', { cx: (cx + Math.cos(a) * r) * u, cy: (cy + Math.sin(a) * r) * u, r: r * 0.75 * u, fill: ink });
          }
          return f + el('circle', { cx: cx * u, cy: cy * u, r: r * 0.55 * u, fill: '#ffe27a' });
        };
        body += flower(3, 3, 1.6) + flower(8, 8, 1.3);
        body += P(`M${6 * u} ${2 * u} q${2 * u} ${-1 * u} ${3.2 * u} ${1.2 * u} q${-2 * u} ${1 * u} ${-3.2 * u} ${-1.2 * u}z`, '#3f8a4a');
        body += P(`M${1 * u} ${8 * u} q${2 * u} ${-1 * u} ${3.2 * u} ${1.2 * u} q${-2 * u} ${1 * u} ${-3.2 * u} ${-1.2 * u}z`, '#3f8a4a');
        break;
      }
      case 'check':
        body += el('rect', { x: 0, y: 3 * u, width: s, height: 2.6 * u, fill: ink, opacity: '.55' });
        body += el('rect', { x: 3 * u, y: 0, width: 2.6 * u, height: s, fill: ink, opacity: '.55' });
        body += el('rect', { x: 0, y: 8.2 * u, width: s, height: 0.7 * u, fill: ink, opacity: '.8' });
        break;
      case 'dots':
        body += el('circle', { cx: 2.5 * u, cy: 2.5 * u, r: 1.1 * u, fill: ink }) + el('circle', { cx: 7.5 * u, cy: 7.5 * u, r: 1.1 * u, fill: ink });
        break;
      case 'stripes':
        body += el('rect', { x: 0, y: 0, width: s, height: 3 * u, fill: ink });
        break;
    }
    return el('pattern', { id, width: s, height: s, patternUnits: 'userSpaceOnUse' }, body);
  });
  return `url(#${id})`;
}
