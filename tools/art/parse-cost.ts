/**
 * What a panel's SVG costs the main thread of a browser, the work a reader's tap waits on when a panel comes in:
 *   npx tsx tools/art/parse-cost.ts <folder of SVGs> [<another folder> ...] [--repeat=3] [--cpu=1]
 * Chromium loads each SVG as an <img> at a phone's panel size (340 px wide, device pixel ratio 2), as the reader
 * shows it, and a trace gives the main thread's time for it: loading the picture (the SVG parsed into its own
 * document and styled) and its first paint. Thread time, not wall time, so a machine busy with other work changes
 * the figures little. Folders are measured in turn, file by file, so two versions of the same art compare fairly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readArgs, usageError } from '../args';
import { launchChromium } from '../chromium';
import type { TraceEvent } from '../bench/trace-event';

const USAGE = 'Usage: npx tsx tools/art/parse-cost.ts <folder> [<folder> ...] [--repeat=3] [--cpu=1]';
const { values, positionals: folders } = readArgs({ repeat: { type: 'string', default: '3' }, cpu: { type: 'string', default: '1' } }, USAGE);
const repeat = Number(values.repeat);
const cpu = Number(values.cpu);
if (folders.length === 0) usageError('Which folders of SVGs?', USAGE);
if (!Number.isInteger(repeat) || repeat < 1) usageError('--repeat is a whole number, 1 or more.', USAGE);

/** Per file and folder: the main thread's milliseconds to load (parse and style) and to paint the picture. */
interface Cost {
  load: number;
  paint: number;
}

const files = readdirSync(folders[0]!)
  .filter((name) => name.endsWith('.svg') && name !== 'cover.svg')
  .sort();
const browser = await launchChromium();
const costs = new Map<string, Cost[]>();
try {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 })).newPage();
  await page.setContent('<!doctype html><body style="margin:0"></body>');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'blink.user_timing'] });
  // Round after round, each file in each folder in turn: a busy moment on the machine falls on all versions alike.
  for (let round = 0; round < repeat; round++)
    for (const file of files)
      for (const [index, folder] of folders.entries()) {
        const svg = readFileSync(join(folder, file), 'utf8');
        await page.evaluate(
          async ({ svg, mark }) => {
            performance.mark(`${mark} start`);
            const image = new Image();
            image.style.width = '340px';
            image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
            await new Promise((resolve) => (image.onload = resolve));
            document.body.replaceChildren(image);
            // Two frames: the first paints it.
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            performance.mark(`${mark} end`);
            URL.revokeObjectURL(image.src);
          },
          { svg, mark: `${index}|${file}` },
        );
      }
  const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents as TraceEvent[];
  const marks = events.filter((event) => event.name.endsWith(' start') || event.name.endsWith(' end')).sort((a, b) => a.ts - b.ts);
  const main = events.find(
    (event) =>
      event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((e) => e.pid === event.pid && e.name === 'SVGImage::DataChanged'),
  )!;
  const onMain = events.filter((event) => event.ph === 'X' && event.pid === main.pid && event.tid === main.tid);
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const name = marks[i]!.name.slice(0, -' start'.length);
    const [from, to] = [marks[i]!.ts, marks[i + 1]!.ts];
    const inside = onMain.filter((event) => event.ts >= from && event.ts <= to);
    const sum = (what: string) => inside.filter((event) => event.name === what).reduce((total, event) => total + (event.tdur ?? 0) / 1000, 0);
    const list = costs.get(name) ?? [];
    list.push({ load: sum('SVGImage::DataChanged'), paint: sum('PaintImage') });
    costs.set(name, list);
  }
} finally {
  await browser.close();
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[sorted.length >> 1]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
};
const elements = (svg: string) => (svg.match(/<[a-zA-Z]/g) ?? []).length;
console.log(`main-thread ms per panel (thread time, median of ${repeat}), CPU ${cpu}x: load = parse and style, paint = first paint`);
console.log(
  `${'file'.padEnd(28)}${folders.map((_folder, index) => `${`[${index}] elements`.padStart(14)}${'load'.padStart(8)}${'paint'.padStart(8)}`).join('')}`,
);
const totals = folders.map(() => ({ load: [] as number[], paint: [] as number[], elements: [] as number[] }));
for (const file of files) {
  let line = file.padEnd(28);
  folders.forEach((folder, index) => {
    const list = costs.get(`${index}|${file}`) ?? [];
    const load = median(list.map((cost) => cost.load));
    const paint = median(list.map((cost) => cost.paint));
    const count = elements(readFileSync(join(folder, file), 'utf8'));
    totals[index]!.load.push(load);
    totals[index]!.paint.push(paint);
    totals[index]!.elements.push(count);
    line += `${String(count).padStart(14)}${load.toFixed(2).padStart(8)}${paint.toFixed(2).padStart(8)}`;
  });
  console.log(line);
}
folders.forEach((folder, index) => {
  const total = totals[index]!;
  console.log(
    `[${index}] ${basename(folder)}: ${files.length} panels, elements median ${median(total.elements)}, load median ${median(total.load).toFixed(2)} ms (most ${Math.max(...total.load).toFixed(2)}), paint median ${median(total.paint).toFixed(2)} ms (most ${Math.max(...total.paint).toFixed(2)})`,
  );
});
