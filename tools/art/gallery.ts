/**
 * Contact sheet of the whole kit: every background (day and night, wide and tall), every character in
 * every pose and expression, the poses that need a second person or a prop, and every prop.
 * `npx tsx tools/art/gallery.ts [out.html] [--only=id,id] [--compact]` writes /tmp/art-gallery.html by default.
 */
import { readArgs } from '../args';
import { writeFileSync } from 'node:fs';
import { CAST, character } from '../../src/art/cast';
import { composePanel } from '../../src/art/compose';
import { BACKGROUNDS } from '../../src/art/kit/backgrounds/index';
import { EXPRESSIONS, POSES } from '../../src/art/kit/characters/types';
import { PROPS } from '../../src/art/kit/props/index';
import { Defs, minify } from '../../src/art/svg';
import { characterThumb } from '../../src/art/thumb';
import type { PanelArtSpec } from '../../src/art/types';

const dataUri = (svg: string): string => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const img = (svg: string, w: number, h: number, title: string): string =>
  `<figure><img src="${dataUri(svg)}" width="${w}" height="${h}" alt="${title}"><figcaption>${title}</figcaption></figure>`;

export function characterSvg(id: string, pose: (typeof POSES)[number], expression: (typeof EXPRESSIONS)[number]): string {
  return characterThumb(character(id), pose, expression);
}

/** Poses that need a second person or a prop to read, composed as panels. */
const SCENES: { title: string; spec: PanelArtSpec }[] = [
  {
    title: 'hug: two people about 0.14 apart, the right one flipped',
    spec: {
      width: 600,
      height: 542,
      background: 'harbour',
      characters: [
        { id: 'inaq-arif', pose: 'hug', expression: 'crying', x: 0.43 },
        { id: 'arif', pose: 'hug', expression: 'happy', x: 0.57, flip: true },
      ],
    },
  },
  {
    title: 'type: behind the computer-desk prop, 0.02 further back',
    spec: {
      width: 600,
      height: 542,
      background: 'disnaker-office',
      characters: [
        { id: 'arif', pose: 'stand', expression: 'worried', x: 0.24 },
        { id: 'bu-komang', pose: 'type', expression: 'neutral', x: 0.62, y: 0.93, flip: true, seat: 'chair' },
      ],
      props: [{ id: 'computer-desk', x: 0.62, y: 0.95, flip: true }],
    },
  },
  {
    title: 'phone-call, cry, point-up',
    spec: {
      width: 600,
      height: 542,
      background: 'boat-cabin',
      variant: 'night',
      characters: [
        { id: 'arif', pose: 'phone-call', expression: 'worried', x: 0.2 },
        { id: 'yohanes', pose: 'point-up', expression: 'neutral', x: 0.5 },
        { id: 'inaq-arif', pose: 'cry', expression: 'sad', x: 0.8, flip: true },
      ],
    },
  },
];

/**
 * The contact sheet. `only` keeps the backgrounds and characters named; `compact` shows each background
 * by day and night at 16:9 only, and each character in every pose (its resting face) and every expression.
 */
export function buildGallery(only?: readonly string[], compact = false): string {
  const parts: string[] = [];
  const shown = (id: string): boolean => !only || only.includes(id);
  parts.push('<h2>Backgrounds</h2>');
  const thumbs: string[] = [];
  for (const b of BACKGROUNDS) {
    if (!shown(b.id)) continue;
    const cells: string[] = [];
    for (const variant of b.hasNight ? (['day', 'night'] as const) : (['day'] as const)) {
      if (compact) {
        thumbs.push(img(composePanel({ width: 800, height: 450, background: b.id, variant, camera: 'wide' }).svg, 256, 144, `${b.id} ${variant}`));
        continue;
      }
      cells.push(img(composePanel({ width: 800, height: 450, background: b.id, variant }).svg, 400, 225, `${b.id} ${variant} 16:9`));
      cells.push(img(composePanel({ width: 800, height: 400, background: b.id, variant }).svg, 400, 200, `${b.id} ${variant} 2:1`));
      cells.push(img(composePanel({ width: 800, height: 450, background: b.id, variant, camera: 'wide' }).svg, 400, 225, `${b.id} ${variant} wide`));
      cells.push(img(composePanel({ width: 500, height: 800, background: b.id, variant }).svg, 140, 225, `${b.id} ${variant} 1:1.6`));
    }
    if (!compact) parts.push(`<div class="row">${cells.join('')}</div><p class="d">${b.description}</p>`);
  }
  if (compact) parts.push(`<div class="row">${thumbs.join('')}</div>`);
  parts.push(
    `<h2>Poses with a second person or a prop</h2><div class="row">${SCENES.map((scene) => img(composePanel(scene.spec).svg, compact ? 256 : 300, compact ? 231 : 271, scene.title)).join('')}</div>`,
  );
  parts.push('<h2>Props</h2><div class="row">');
  for (const p of PROPS) {
    const defs = new Defs('p');
    const svg = minify(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="-130 -190 260 200" width="260" height="200">${defs}${p.draw({ defs, sw: 2 })}</svg>`);
    parts.push(img(svg, 130, 100, p.id));
  }
  parts.push('</div><h2>Characters</h2>');
  const size = compact ? 'width="58" height="80"' : 'width="96" height="133"';
  const cell = (id: string, pose: (typeof POSES)[number], expression: (typeof EXPRESSIONS)[number]): string =>
    `<td><img src="${dataUri(characterSvg(id, pose, expression))}" ${size} alt="${id} ${pose} ${expression}"></td>`;
  for (const c of CAST) {
    if (!shown(c.id)) continue;
    parts.push(`<h3>${c.id} <small>(story ${c.story}) ${c.description}</small></h3><table>`);
    if (compact) {
      parts.push(`<tr>${POSES.map((p) => `<th>${p}</th>`).join('')}</tr><tr>${POSES.map((p) => cell(c.id, p, c.mood ?? 'neutral')).join('')}</tr>`);
      parts.push(`<tr>${EXPRESSIONS.map((e) => `<th>${e}</th>`).join('')}</tr><tr>${EXPRESSIONS.map((e) => cell(c.id, 'stand', e)).join('')}</tr></table>`);
      continue;
    }
    parts.push(`<tr><th></th>${POSES.map((p) => `<th>${p}</th>`).join('')}</tr>`);
    for (const e of EXPRESSIONS) parts.push(`<tr><th>${e}</th>${POSES.map((p) => cell(c.id, p, e)).join('')}</tr>`);
    parts.push('</table>');
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Komik Saku art kit</title><style>
body{font:13px system-ui,sans-serif;background:#f3efe6;margin:16px;color:#2b1f1b}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end}
figure{margin:0;display:inline-block}figcaption{font-size:11px}
table{border-collapse:collapse}td,th{padding:0 2px;font-size:11px;font-weight:normal;text-align:center}
td img{background:#fffaf2;border-radius:4px}.d{margin:2px 0 14px;color:#6b5a4a}
</style></head><body><h1>Komik Saku art kit</h1>${parts.join('\n')}</body></html>`;
}

const isMain = process.argv[1] && import.meta.filename && process.argv[1].endsWith('gallery.ts');
if (isMain) {
  const { values, positionals } = readArgs(
    { only: { type: 'string' }, compact: { type: 'boolean', default: false } },
    'Usage: npx tsx tools/art/gallery.ts [out.html] [--only=<id>,<id>] [--compact]',
  );
  const out = positionals[0] ?? '/tmp/art-gallery.html';
  writeFileSync(out, buildGallery(values.only?.split(','), values.compact === true));
  console.log(`Wrote ${out}`);
}
