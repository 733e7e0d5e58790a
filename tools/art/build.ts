/**
 * Build panel SVGs from a spec file:
 *   npx tsx tools/art/build.ts <spec-file.json> <out-dir>
 * The spec file is { "panels": { "<file-name>.svg": PanelArtSpec, ... } }. Prints each file's size
 * and gzip size, then the totals and the median.
 */
import { readArgs, usageError } from '../args';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CAST } from '../../src/art/cast';
import { composePanel } from '../../src/art/compose';
import type { CharacterDef } from '../../src/art/kit/characters/types';
import type { PanelArtSpec } from '../../src/art/types';
import { isRecord } from '../../src/story/is-record';

export interface BuildResult {
  file: string;
  bytes: number;
  gzip: number;
}

export function readSpecFile(path: string): Record<string, PanelArtSpec> {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRecord(raw) || !isRecord(raw['panels'])) throw new Error(`${path}: expected { "panels": { "<name>.svg": { ... } } }.`);
  const panels = raw['panels'];
  for (const [name, spec] of Object.entries(panels)) {
    if (!name.endsWith('.svg') || basename(name) !== name) throw new Error(`${path}: panel file name "${name}" must be a plain name ending in .svg.`);
    if (!isRecord(spec)) throw new Error(`${path}: panel "${name}" must be an object.`);
  }
  return panels as unknown as Record<string, PanelArtSpec>;
}

/** `cast`: who may appear, the story's own characters (with a look) before the kit's; the kit's alone by default. */
export function build(specPath: string, outDir: string, cast: readonly CharacterDef[] = CAST): BuildResult[] {
  const panels = readSpecFile(specPath);
  mkdirSync(outDir, { recursive: true });
  const results: BuildResult[] = [];
  for (const [name, spec] of Object.entries(panels)) {
    let svg: string;
    try {
      svg = composePanel(spec, cast).svg;
    } catch (e) {
      throw new Error(`${specPath}: panel "${name}": ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    writeFileSync(join(outDir, name), svg);
    results.push({ file: name, bytes: Buffer.byteLength(svg), gzip: gzipSync(svg, { level: 9 }).length });
  }
  return results;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

export function report(results: readonly BuildResult[]): string {
  const lines = results.map((r) => `${r.file.padEnd(36)} ${kb(r.bytes).padStart(10)}  gzip ${kb(r.gzip).padStart(9)}`);
  const total = results.reduce((a, r) => a + r.bytes, 0);
  const totalGz = results.reduce((a, r) => a + r.gzip, 0);
  const sorted = [...results].map((r) => r.gzip).sort((a, b) => a - b);
  const median = sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2 : 0;
  const max = sorted.length ? sorted[sorted.length - 1]! : 0;
  lines.push('-'.repeat(70));
  lines.push(`${`${results.length} panels`.padEnd(36)} ${kb(total).padStart(10)}  gzip ${kb(totalGz).padStart(9)}`);
  lines.push(`median gzip ${kb(median)}, max gzip ${kb(max)}`);
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('build.ts')) {
  const USAGE = 'Usage: npx tsx tools/art/build.ts <spec-file.json> <out-dir>';
  const [spec, out] = readArgs({}, USAGE).positionals;
  if (!spec || !out) usageError('Which spec, and which folder to write?', USAGE);
  try {
    console.log(report(build(spec, out)));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
