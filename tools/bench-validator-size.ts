/**
 * npm run bench:validator: what the story format's runtime validation (valibot + our schema + the parser)
 * adds to the reader's bundle, minified and gzipped. Budget: 15 KB gzip.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ROOT } from './story-files';
import { readArgs } from './args';

// No options: a typo is told, not ignored.
readArgs({}, 'Usage: npm run bench:validator');

const BUDGET_KB = 15;
const out = mkdtempSync(join(tmpdir(), 'validator-size-'));
await build({
  root: ROOT,
  logLevel: 'silent',
  configFile: false,
  build: { outDir: out, minify: true, lib: { entry: join(ROOT, 'src/story/load.ts'), formats: ['es'], fileName: 'load' } },
});
const file = readdirSync(out).find((name) => name.endsWith('.js'))!;
const code = readFileSync(join(out, file));
rmSync(out, { recursive: true, force: true });
const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
console.log(
  `story loading and validation (valibot + schema + parser): ${(code.length / 1024).toFixed(1)} KB minified, ${gzipKb.toFixed(1)} KB gzip   budget ${BUDGET_KB} KB: ${gzipKb <= BUDGET_KB ? 'within' : 'OVER'}`,
);
process.exitCode = gzipKb <= BUDGET_KB ? 0 : 1;
