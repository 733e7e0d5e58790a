/**
 * npm run bench:library [-- --runs=3 --stories=100]: does the library's first screen stay light as the library grows
 * (issue 21)? Builds a temporary copy of the project whose stories/ holds the bundled stories copied under new IDs up
 * to --stories (stories/ itself is never touched), then measures the library as a first visit on a low-end phone:
 * Lighthouse 12 at 10x CPU, the median of the runs, beside the budgets (LCP under 1.5 s, TBT under 300 ms). Also prints
 * what the page's own HTML carries: its size, the cards in it and the pictures it asks for before any script.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readArgs, usageError } from './args';
import { median, serveBuiltApp } from './bench/built-app';
import { libraryCopy } from './bench/library-copy';
import { lighthouse, type Figure, type Result } from './bench/lighthouse';

const USAGE = 'Usage: npm run bench:library [-- --runs=3 --stories=100]';
const { values } = readArgs({ runs: { type: 'string', default: '3' }, stories: { type: 'string', default: '100' } }, USAGE);
const runs = Number(values.runs);
const count = Number(values.stories);
if (!Number.isInteger(runs) || runs < 1) usageError('--runs is a whole number of runs, 1 or more.', USAGE);
if (!Number.isInteger(count) || count < 1) usageError('--stories is a whole number of stories, 1 or more.', USAGE);

const BUDGET = { lcpMs: 1500, tbtMs: 300 };

const { project, stories } = libraryCopy(count);
const out = mkdtempSync(join(tmpdir(), 'komik-saku-lighthouse-'));
try {
  const app = await serveBuiltApp(project);
  try {
    const page = readFileSync(join(app.outDir, 'index.html'), 'utf8');
    // The reading screens kept as text fetch nothing: the pictures asked for are the page's preloads and its eager images.
    const live = page.replace(/<script type="(text\/html|application\/json)"[\s\S]*?<\/script>/g, '');
    const pictures = new Set([
      ...[...live.matchAll(/<link rel="preload" as="image" href="([^"]+)"/g)].map((match) => match[1]),
      ...[...live.matchAll(/<img(?![^>]*loading="lazy")[^>]*src="([^"]+)"/g)].map((match) => match[1]),
    ]);
    console.log(`The library with ${stories} stories, Lighthouse 12.8.2 at 10x CPU, median of ${runs} run(s), ${new Date().toISOString().slice(0, 10)}\n`);
    console.log(
      `  index.html ${(gzipSync(page).length / 1024).toFixed(1)} KB gzip; the library in it: ${[...live.matchAll(/class="story-card"/g)].length} cards, ${pictures.size} pictures asked for at once`,
    );
    const results: Result[] = [];
    for (let i = 0; i < runs; i++) results.push(await lighthouse(app.base, ['--throttling.cpuSlowdownMultiplier=10'], out));
    const lcp = median(results.map((result) => result.lcpMs));
    const tbt = median(results.map((result) => result.tbtMs));
    process.exitCode = lcp >= BUDGET.lcpMs || tbt >= BUDGET.tbtMs ? 1 : 0;
    const each = (key: Figure) => results.map((result) => Math.round(result[key])).join(', ');
    console.log(`  LCP ${(lcp / 1000).toFixed(2)} s (budget < ${BUDGET.lcpMs / 1000} s: ${lcp < BUDGET.lcpMs ? 'within' : 'OVER'}; runs ${each('lcpMs')} ms)`);
    console.log(`  TBT ${Math.round(tbt)} ms (budget < ${BUDGET.tbtMs} ms: ${tbt < BUDGET.tbtMs ? 'within' : 'OVER'}; runs ${each('tbtMs')} ms)`);
    console.log(`  FCP ${(median(results.map((result) => result.fcpMs)) / 1000).toFixed(2)} s, CLS ${median(results.map((result) => result.cls)).toFixed(3)}`);
  } finally {
    await app.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
}
