/**
 * npm run bench:lighthouse [-- --runs=3]: Lighthouse 12 on the built app, on the library and on a reading screen
 * (the longest story), with the mobile preset (4x CPU, slow 4G) and again with 10x CPU slowdown (a low-end
 * Android phone). Prints each score and LCP beside its budget (the median of the runs); exits non-zero when one
 * is missed. With --tasks, each run's long tasks as Lighthouse's simulation placed them, and the blocking each adds
 * between its first contentful paint and time to interactive (what to shorten: the simulation drops tasks under 10 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArgs, usageError } from './args';
import { longestStory, median, serveBuiltApp } from './bench/built-app';
import { lighthouse, type Figure, type Result } from './bench/lighthouse';

const USAGE = 'Usage: npm run bench:lighthouse [-- --runs=3 --page=library|reading --tasks]';
const { values } = readArgs({ runs: { type: 'string', default: '1' }, page: { type: 'string' }, tasks: { type: 'boolean', default: false } }, USAGE);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) usageError('--runs is a whole number of runs, 1 or more.', USAGE);
// One page only: a shorter run (the machine is shared, and each run holds the benchmark lock).
if (values.page !== undefined && values.page !== 'library' && values.page !== 'reading') usageError('--page is library or reading.', USAGE);

interface Budget {
  performance?: number;
  accessibility?: number;
  bestPractices?: number;
  lcpMs?: number;
}
const PRESETS: { name: string; flags: string[]; budget: Budget }[] = [
  { name: 'mobile preset (4x CPU)', flags: [], budget: { performance: 95, accessibility: 100, bestPractices: 95 } },
  { name: 'low-end phone (10x CPU)', flags: ['--throttling.cpuSlowdownMultiplier=10'], budget: { lcpMs: 2500 } },
];

const app = await serveBuiltApp();
const out = mkdtempSync(join(tmpdir(), 'komik-saku-lighthouse-'));
let failed = false;
try {
  const story = longestStory();
  const pages = [
    { name: 'library', url: app.base },
    { name: `reading ${story.id}`, url: `${app.base}#/read/${story.id}` },
  ].filter((page) => values.page === undefined || page.name.startsWith(values.page));
  console.log(`Lighthouse 12.8.2, median of ${runs} run(s), ${new Date().toISOString().slice(0, 10)}\n`);
  for (const preset of PRESETS) {
    for (const page of pages) {
      const results: Result[] = [];
      for (let i = 0; i < runs; i++) results.push(await lighthouse(page.url, preset.flags, out));
      const pick = (key: Figure) => median(results.map((result) => result[key]));
      const figures: string[] = [];
      const check = (label: string, value: number, shown: string, limit: number | undefined, atLeast: boolean) => {
        if (limit === undefined) {
          figures.push(`${label} ${shown}`);
          return;
        }
        const ok = atLeast ? value >= limit : value < limit;
        if (!ok) failed = true;
        figures.push(`${label} ${shown} (budget ${atLeast ? '≥' : '<'} ${atLeast ? limit : `${(limit / 1000).toFixed(1)} s`}: ${ok ? 'within' : 'OVER'})`);
      };
      check('performance', pick('performance'), String(pick('performance')), preset.budget.performance, true);
      check('accessibility', pick('accessibility'), String(pick('accessibility')), preset.budget.accessibility, true);
      check('best practices', pick('bestPractices'), String(pick('bestPractices')), preset.budget.bestPractices, true);
      check('LCP', pick('lcpMs'), `${(pick('lcpMs') / 1000).toFixed(2)} s`, preset.budget.lcpMs, false);
      figures.push(
        `FCP ${(pick('fcpMs') / 1000).toFixed(2)} s`,
        `TBT ${Math.round(pick('tbtMs'))} ms${runs > 1 ? ` (runs ${results.map((result) => Math.round(result.tbtMs)).join(', ')})` : ''}`,
        `CLS ${pick('cls').toFixed(3)}`,
      );
      console.log(`${preset.name}, ${page.name}:\n  ${figures.join('\n  ')}`);
      if (values.tasks) for (const result of results) console.log(longTasks(result, app.base));
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  await app.close();
}
process.exitCode = failed ? 1 : 0;

/**
 * A run's long tasks in simulated time, each with the blocking it adds inside [FCP, TTI] (over 50 ms of its part in that
 * window). Lighthouse blends an optimistic and a pessimistic estimate, so the sum is close to its TBT, not equal.
 */
function longTasks(result: Result, base: string): string {
  const lines = [...result.longTasks]
    .sort((a, b) => a.startMs - b.startMs)
    .map((task) => {
      const inWindow = Math.min(task.startMs + task.durationMs, result.ttiMs) - Math.max(task.startMs, result.fcpMs);
      const blocking = Math.max(0, inWindow - 50);
      return `    at ${Math.round(task.startMs)} ms: ${Math.round(task.durationMs)} ms, blocking ${Math.round(blocking)} ms (${task.url.replace(base, '/') || '?'})`;
    });
  return `  run: TBT ${Math.round(result.tbtMs)} ms, FCP ${Math.round(result.fcpMs)} ms, TTI ${Math.round(result.ttiMs)} ms\n${lines.join('\n')}`;
}
