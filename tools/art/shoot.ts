/**
 * Screenshots for looking at the art: `npx tsx tools/art/shoot.ts <file.html|file.svg> <out.png> [width] [height]`.
 * With an HTML file the whole page is captured; an SVG is shown at the given size.
 */
import { readArgs, usageError } from '../args';
import { launchChromium } from '../chromium';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export async function shoot(jobs: { file: string; out: string; width: number; height: number; full?: boolean }[]): Promise<string[]> {
  const written: string[] = [];
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const job of jobs) {
      await page.setViewportSize({ width: job.width, height: job.height });
      if (job.file.endsWith('.svg')) {
        const svg = readFileSync(job.file, 'utf8');
        await page.setContent(
          `<html><body style="margin:0;background:#fff"><img style="width:${job.width}px;height:${job.height}px;display:block" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
        );
      } else {
        await page.goto(`file://${resolve(job.file)}`, { timeout: 300_000 });
      }
      await page.waitForTimeout(50);
      if (!job.full) {
        await page.screenshot({ path: job.out });
        written.push(job.out);
        continue;
      }
      // Long pages are cut into pieces of the viewport's height: out-0.png, out-1.png...
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      const pieces = Math.max(1, Math.ceil(total / job.height));
      for (let i = 0; i < pieces; i++) {
        const path = pieces === 1 ? job.out : job.out.replace(/\.png$/, `-${i}.png`);
        await page.screenshot({
          path,
          fullPage: true,
          clip: { x: 0, y: i * job.height, width: job.width, height: Math.min(job.height, total - i * job.height) },
        });
        written.push(path);
      }
    }
  } finally {
    await browser.close();
  }
  return written;
}

/** Every SVG in a folder, shown `width` pixels wide at its own aspect ratio, into out-dir/<name>.png. */
export async function shootFolder(dir: string, outDir: string, width: number): Promise<string[]> {
  const jobs = readdirSync(dir)
    .filter((f) => f.endsWith('.svg'))
    .map((f) => {
      const svg = readFileSync(join(dir, f), 'utf8');
      const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
      const ratio = m ? Number(m[2]) / Number(m[1]) : 0.5625;
      return { file: join(dir, f), out: join(outDir, f.replace(/\.svg$/, '.png')), width, height: Math.round(width * ratio) };
    });
  return shoot(jobs);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const USAGE = 'Usage: npx tsx tools/art/shoot.ts <file.html|file.svg|folder-of-svgs> <out.png|out-dir> [width] [height]';
  const [file, out, w, h] = readArgs({}, USAGE).positionals;
  if (!file || !out) usageError('Which file, and where to write the picture?', USAGE);
  if (statSync(file).isDirectory()) {
    for (const f of await shootFolder(file, out, Number(w ?? 720))) console.log(f);
    process.exit(0);
  }
  for (const f of await shoot([{ file, out, width: Number(w ?? 1280), height: Number(h ?? 720), full: file.endsWith('.html') }])) console.log(f);
}
