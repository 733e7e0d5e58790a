/** One Lighthouse 12 run of a page, in a fresh profile: the figures the benchmarks print. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROME_FLAGS, CHROME_PATH } from '../chromium';
import { ROOT } from '../story-files';

const run = promisify(execFile);

export interface Result {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  /** Time to interactive, as simulated: with the first contentful paint, the window in which TBT counts blocking. */
  ttiMs: number;
  /** The main thread's long tasks as the simulation placed and stretched them (Lighthouse's long-tasks audit). */
  longTasks: { startMs: number; durationMs: number; url: string }[];
}

/** The figures of a run (not its list of tasks). */
export type Figure = Exclude<keyof Result, 'longTasks'>;

export async function lighthouse(url: string, flags: string[], out: string): Promise<Result> {
  const path = join(out, 'report.json');
  await run(
    join(ROOT, 'node_modules', '.bin', 'lighthouse'),
    [
      url,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${path}`,
      '--quiet',
      ...flags,
    ],
    { env: { ...process.env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number; details?: { items?: { startTime: number; duration: number; url: string }[] } }>;
  };
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(report.categories.accessibility!.score * 100),
    bestPractices: Math.round(report.categories['best-practices']!.score * 100),
    lcpMs: report.audits['largest-contentful-paint']!.numericValue!,
    fcpMs: report.audits['first-contentful-paint']!.numericValue!,
    tbtMs: report.audits['total-blocking-time']!.numericValue!,
    cls: report.audits['cumulative-layout-shift']!.numericValue!,
    ttiMs: report.audits.interactive?.numericValue ?? 0,
    longTasks: (report.audits['long-tasks']?.details?.items ?? []).map((task) => ({ startMs: task.startTime, durationMs: task.duration, url: task.url })),
  };
}
