/**
 * npm run bench:input: what the hardening of issue 16 costs, and that hostile input stays cheap. The phone-number scan
 * on long runs of digits (the old pattern was quadratic: 80,000 digits took 8.7 s), the art allow-list over every
 * bundled picture (the build and story:check run it each time) and the scan of everything served.
 * Budgets: a million digits under 100 ms; all bundled art under 1 s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkArtFile } from '../src/story/art-file/index';
import { numberRuns } from '../src/story/number-runs';
import { servedProblems, storiesProblems } from './plain-files';
import { ROOT } from './story-files';
import { readArgs } from './args';

// No options: a typo is told, not ignored.
readArgs({}, 'Usage: npm run bench:input');

const DIGITS_BUDGET_MS = 100;
const ART_BUDGET_MS = 1000;

function median(runs: number, work: () => void): number {
  work(); // warm-up
  const times = Array.from({ length: runs }, () => {
    const began = performance.now();
    work();
    return performance.now() - began;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const panels = join(ROOT, 'public', 'panels');
const art = readdirSync(panels, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(join(panels, folder.name))
      .filter((name) => name.endsWith('.svg'))
      .map((name) => ({ name, bytes: readFileSync(join(panels, folder.name, name)) })),
  );
const artBytes = art.reduce((sum, file) => sum + file.bytes.length, 0);

const digits80k = median(9, () => numberRuns('7'.repeat(80_000)));
const digits1m = median(5, () => numberRuns('7'.repeat(1_000_000)));
const spaced = median(5, () => numberRuns('0800 1000 '.repeat(100_000)));
const allArt = median(5, () => art.forEach((file) => checkArtFile(file.name, file.bytes)));
const served = median(5, () => {
  servedProblems(join(ROOT, 'public'), 'public');
  storiesProblems(join(ROOT, 'stories'), 'stories');
});

const rows: [string, string, string][] = [
  ['phone numbers in 80,000 digits', `${digits80k.toFixed(1)} ms`, ''],
  ['phone numbers in 1,000,000 digits', `${digits1m.toFixed(1)} ms`, `budget ${DIGITS_BUDGET_MS} ms: ${digits1m <= DIGITS_BUDGET_MS ? 'within' : 'OVER'}`],
  ['phone numbers in 1 MB of "0800 1000 "', `${spaced.toFixed(1)} ms`, ''],
  [
    `art allow-list, ${art.length} bundled SVGs (${(artBytes / 1024 / 1024).toFixed(1)} MB)`,
    `${allArt.toFixed(0)} ms`,
    `budget ${ART_BUDGET_MS} ms: ${allArt <= ART_BUDGET_MS ? 'within' : 'OVER'}`,
  ],
  ['everything served and read (public/, stories/)', `${served.toFixed(0)} ms`, ''],
];
for (const [what, figure, budget] of rows) console.log(`${what.padEnd(52)} ${figure.padEnd(12)} ${budget}`);
process.exitCode = digits1m <= DIGITS_BUDGET_MS && allArt <= ART_BUDGET_MS ? 0 : 1;
