/**
 * `npm run bench:narration`: how long a reader waits for a story's recorded narration on a phone's connection, from
 * the tap on "Unduh rekaman" to every recording stored (the progress bar gone), on slow 4G as Lighthouse's mobile
 * preset has it (150 ms round trip, 1.6 Mbps). The floor is the bytes over the line's speed; the budget is half again
 * as long. Each run is a fresh browser profile, so nothing is stored before.
 */
import { chromium } from 'playwright-core';
import { readArgs } from './args';
import { median, serveBuiltApp } from './bench/built-app';
import { CHROME_FLAGS, CHROME_PATH } from './chromium';

const { values: args } = readArgs(
  { runs: { type: 'string', default: '3' }, story: { type: 'string', default: 'sample' } },
  'Usage: npm run bench:narration [-- --runs=3 --story=sample]',
);
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

const app = await serveBuiltApp();
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
const waits: number[] = [];
let offered = '';
try {
  for (let run = 1; run <= Number(args.runs); run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${app.base}#/read/${args.story}`);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Dengarkan' }).click();
    const download = page.getByRole('button', { name: /^Unduh rekaman/ });
    await download.waitFor();
    offered = (await download.textContent()) ?? '';
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    let clips = 0;
    page.on('requestfinished', (request) => void (/\.(ogg|opus)$/.test(request.url()) && clips++));
    const started = Date.now();
    await download.click();
    const progress = page.getByRole('progressbar', { name: 'Mengunduh rekaman' });
    await progress.waitFor();
    await progress.waitFor({ state: 'detached', timeout: 120_000 });
    waits.push(Date.now() - started);
    console.log(`run ${run}: ${clips} recordings stored in ${waits.at(-1)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}
const kb = Number(/\(([\d.,]+)\s?kB\)/i.exec(offered)?.[1]?.replace(',', '.') ?? NaN);
const floor = (kb * 1000 * 8) / 1_600_000;
const budget = floor * 1.5;
const wait = median(waits) / 1000;
console.log(`${args.story}: "${offered}", slow 4G: the line's floor ${floor.toFixed(2)} s`);
console.log(
  `tap → every recording stored, median of ${waits.length}: ${wait.toFixed(2)} s   budget ${budget.toFixed(2)} s: ${wait <= budget ? 'within' : 'OVER'}`,
);
if (!(wait <= budget)) process.exitCode = 1;
