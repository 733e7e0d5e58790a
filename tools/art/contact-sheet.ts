/**
 * One labelled picture of the whole kit for the docs: every background (by day; "night" where it has one), every pose
 * (Sari and Arif), every expression and every prop, each under its name.
 *   npx tsx tools/art/contact-sheet.ts [out.png]      (default docs/art-contact-sheet.png; Chromium takes the picture)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { character } from '../../src/art/cast';
import { composePanel } from '../../src/art/compose';
import { BACKGROUNDS } from '../../src/art/kit/backgrounds/index';
import { EXPRESSIONS, POSES } from '../../src/art/kit/characters/types';
import { PROPS } from '../../src/art/kit/props/index';
import { Defs } from '../../src/art/svg';
import { characterThumb } from '../../src/art/thumb';
import { readArgs } from '../args';
import { shoot } from './shoot';

const WIDTH = 1200;
const url = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const cell = (svg: string, w: number, h: number, label: string) =>
  `<figure><img src="${url(svg)}" width="${w}" height="${h}" alt=""><figcaption>${label}</figcaption></figure>`;

/** A prop alone; things held in a hand are small, so they are shown closer. */
function propSvg(draw: (pen: { defs: Defs; sw: number }) => string, small: boolean): string {
  const defs = new Defs('p');
  const body = draw({ defs, sw: small ? 1.2 : 2 });
  const box = small ? '-25 -45 50 50' : '-70 -130 140 140';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" width="140" height="140">${defs}${body}</svg>`;
}

export function contactSheet(): string {
  const backgrounds = BACKGROUNDS.map((b) =>
    cell(composePanel({ width: 320, height: 180, background: b.id }).svg, 160, 90, b.hasNight ? `${b.id} (+ night)` : b.id),
  );
  const poses = POSES.flatMap((pose) => [cell(characterThumb(character(pose === 'hug' ? 'inaq-arif' : 'sari'), pose, 'neutral'), 58, 80, pose)]);
  const men = POSES.map((pose) => cell(characterThumb(character('arif'), pose, 'neutral'), 58, 80, pose));
  // The face is what changes: the top of the figure, larger.
  const faces = EXPRESSIONS.map((expression) =>
    cell(characterThumb(character('bayu'), 'stand', expression), 80, 80, expression).replace('<img', '<img class="face"'),
  );
  const props = PROPS.map((prop) =>
    cell(
      propSvg((pen) => prop.draw(pen), prop.holdable),
      56,
      56,
      prop.id,
    ),
  );
  const section = (title: string, cells: string[]) => `<h2>${title}</h2><div class="row">${cells.join('')}</div>`;
  return `<!doctype html><html lang="en"><meta charset="utf-8"><style>
body{margin:12px;width:${WIDTH - 24}px;font:12px sans-serif;background:#fffaf2;color:#2b1f1b}
h1{font-size:18px;margin:0 0 4px}h2{font-size:14px;margin:10px 0 4px}
.row{display:flex;flex-wrap:wrap;gap:6px}figure{margin:0;text-align:center}figcaption{max-width:160px}
img{display:block;margin:auto;border:1px solid #d8cbb6;background:#fff}.face{object-fit:cover;object-position:50% 8%;height:80px;width:80px;transform-origin:top}
</style><h1>Komik Saku art kit: ${BACKGROUNDS.length} backgrounds, ${POSES.length} poses, ${EXPRESSIONS.length} expressions, ${PROPS.length} props</h1>
${section('Backgrounds (day)', backgrounds)}${section('Poses: Sari (hug: Inaq Arif)', poses)}${section('Poses: Arif', men)}${section('Expressions: Bayu', faces)}${section('Props', props)}</html>`;
}

if (process.argv[1]?.endsWith('contact-sheet.ts')) {
  const out =
    readArgs({}, 'Usage: npx tsx tools/art/contact-sheet.ts [out.png]').positionals[0] ??
    join(import.meta.dirname, '..', '..', 'docs', 'art-contact-sheet.png');
  const html = join(mkdtempSync(join(tmpdir(), 'kit-sheet-')), 'sheet.html');
  writeFileSync(html, contactSheet());
  const [written] = await shoot([{ file: html, out, width: WIDTH, height: 1090 }]);
  console.log(written);
}
