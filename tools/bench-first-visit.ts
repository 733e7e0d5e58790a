/**
 * npm run bench:first-visit [-- --stories=24]: what a phone downloads on its first visit as the library grows (issue 21:
 * at most 1.5 MB with 24 stories). Builds a temporary copy of the project with --stories stories (library-copy.ts),
 * opens its library in Chromium at phone size as a first visit, waits until the service worker has stored the app, and
 * sums every file of the app that the first screen fetched or the service worker precaches, each once, gzip -9 (as
 * transferred by a host that compresses). The reader chooses nothing in the download offer, so no story is saved. Also
 * prints what saving one story from its card costs. Exits non-zero over budget.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OFFLINE_LIST_FILE, readOfflineList } from '../src/content/offline/plan';
import { readArgs, usageError } from './args';
import { median, serveBuiltApp } from './bench/built-app';
import { libraryCopy } from './bench/library-copy';
import { launchChromium } from './chromium';

const USAGE = 'Usage: npm run bench:first-visit [-- --stories=24]';
const { values } = readArgs({ stories: { type: 'string', default: '24' } }, USAGE);
const count = Number(values.stories);
if (!Number.isInteger(count) || count < 1) usageError('--stories is a whole number of stories, 1 or more.', USAGE);

const KB = 1024;
/** The budget for the first visit with 24 stories. */
const BUDGET_KB = 1.5 * KB;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

const { project, stories } = libraryCopy(count);
try {
  const app = await serveBuiltApp(project);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    // The page's requests and, in Chromium, the service worker's: the precache list is added below in any case.
    const fetched = new Set<string>();
    const origin = new URL(app.base).origin;
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin) fetched.add(url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
    });
    const page = await context.newPage();
    await page.goto(app.base);
    await page.locator('.story-card h2').first().waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const sw = readFileSync(join(app.outDir, 'sw.js'), 'utf8');
    const precache = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
    const firstScreenOnly = [...fetched].filter((file) => !precache.includes(file) && existsSync(join(app.outDir, file)) && file !== 'sw.js');
    const sum = (files: string[]) => files.reduce((total, file) => total + gz(join(app.outDir, file)), 0);
    const precached = sum(precache);
    const extra = sum(firstScreenOnly);
    const total = precached + extra + gz(join(app.outDir, 'sw.js'));
    const list = readOfflineList(JSON.parse(readFileSync(join(app.outDir, OFFLINE_LIST_FILE), 'utf8')))!;
    const storyText = Object.values(list).flatMap((story) => story.files.filter((file) => file.path.startsWith('assets/')).map((file) => file.path));
    const storyFilesPrecached = [...precache, ...firstScreenOnly].filter((file) => storyText.includes(file) || /^panels\/(?!lessons\/)/.test(file));
    const perStory = Object.values(list).map((story) => ({ download: sum(story.files.map((file) => file.path)), stored: story.bytes }));

    console.log(`The first visit with ${stories} stories (gzip -9, each file once), ${new Date().toISOString().slice(0, 10)}\n`);
    console.log(`  precached by the service worker   ${kb(precached).padStart(10)} (${precache.length} files)`);
    console.log(`  fetched by the first screen besides ${kb(extra).padStart(8)} (${firstScreenOnly.join(', ') || 'none'})`);
    console.log(`  first visit in all                ${kb(total).padStart(10)}   budget ${kb(BUDGET_KB * KB)}: ${total <= BUDGET_KB * KB ? 'within' : 'OVER'}`);
    console.log(`  stories' text and pictures in it  ${storyFilesPrecached.length === 0 ? 'none' : storyFilesPrecached.join(', ')}`);
    console.log(
      `  one story saved from its card     median ${kb(median(perStory.map((story) => story.download)))} to download, ${kb(median(perStory.map((story) => story.stored)))} stored`,
    );
    process.exitCode = total <= BUDGET_KB * KB && storyFilesPrecached.length === 0 ? 0 : 1;
    await context.close();
  } finally {
    await browser.close();
    await app.close();
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
