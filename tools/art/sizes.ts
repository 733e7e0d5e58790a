/**
 * What each background costs a phone, alone in a 16:9 panel (800 x 450), medium and wide camera:
 * elements (each one the browser parses and styles) and gzip size.
 *   npx tsx tools/art/sizes.ts [background-id ...]
 * tests/unit/art-kit.test.ts holds every background to 220 elements and 4 KB gzip.
 */
import { readArgs } from '../args';
import { gzipSync } from 'node:zlib';
import { composePanel } from '../../src/art/compose';
import { BACKGROUNDS } from '../../src/art/kit/backgrounds/index';

export function elementCount(svg: string): number {
  return (svg.match(/<[a-z]/gi) ?? []).length - 1;
}

if (process.argv[1]?.endsWith('sizes.ts')) {
  const named = readArgs({}, 'Usage: npx tsx tools/art/sizes.ts [background ID...]').positionals;
  console.log(`${'background'.padEnd(26)}${'medium: elements, gzip'.padEnd(26)}wide: elements, gzip`);
  for (const b of BACKGROUNDS) {
    if (named.length > 0 && !named.includes(b.id)) continue;
    for (const variant of b.hasNight ? (['day', 'night'] as const) : (['day'] as const)) {
      const cells = (['medium', 'wide'] as const).map((camera) => {
        const { svg } = composePanel({ width: 800, height: 450, background: b.id, variant, camera });
        return `${elementCount(svg)}, ${(gzipSync(svg, { level: 9 }).length / 1024).toFixed(1)} KB`;
      });
      console.log(`${`${b.id} ${variant}`.padEnd(26)}${cells[0]!.padEnd(26)}${cells[1]}`);
    }
  }
}
