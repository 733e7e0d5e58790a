/**
 * Does art still look the same? `npx tsx tools/art/compare.ts <folder A> <folder B> [--out=<folder>] [--width=720]`
 * Chromium draws each SVG of A and its namesake in B at a phone's pixel size and counts the pixels whose colour
 * differs by more than a shade (any channel over 24 of 255: antialiased edges drawn in another order differ by
 * less). Prints the share of such pixels per file, worst first; with --out, writes a side-by-side image of A, B and
 * their difference (in red) for every file, to look at. Exits non-zero when a file differs in over 0.1% of its
 * pixels.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArgs, usageError } from '../args';
import { launchChromium } from '../chromium';

const USAGE = 'Usage: npx tsx tools/art/compare.ts <folder A> <folder B> [--out=<folder>] [--width=720]';
const { values, positionals } = readArgs({ out: { type: 'string' }, width: { type: 'string', default: '720' } }, USAGE);
const [a, b] = positionals;
if (!a || !b) usageError('Which two folders?', USAGE);
const width = Number(values.width);
/** A channel differing by more than this is a change one can see; antialiasing differs by less. */
const SHADE = 24;
/** Over this share of a panel's pixels changed, the art does not look the same. */
const LIMIT = 0.001;

/** In the page: both pictures drawn on canvases, the pixels that differ counted, and A | B | difference as a PNG. */
const PAGE_SCRIPT = `
async function draw(svg, width) {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.round((width * image.naturalHeight) / image.naturalWidth);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return { canvas, data: context.getImageData(0, 0, canvas.width, canvas.height) };
}
window.compareSvgs = async ({ one, two, width, shade, picture }) => {
  const first = await draw(one, width);
  const second = await draw(two, width);
  const diff = new ImageData(first.data.width, first.data.height);
  let changed = 0;
  for (let i = 0; i < first.data.data.length; i += 4) {
    let most = 0;
    for (let c = 0; c < 4; c++) most = Math.max(most, Math.abs(first.data.data[i + c] - second.data.data[i + c]));
    const seen = most > shade;
    if (seen) changed++;
    diff.data.set(seen ? [255, 0, 0, 255] : [first.data.data[i] / 3 + 170, first.data.data[i + 1] / 3 + 170, first.data.data[i + 2] / 3 + 170, 255], i);
  }
  let png = '';
  if (picture) {
    const side = document.createElement('canvas');
    side.width = first.canvas.width * 3;
    side.height = first.canvas.height;
    const context = side.getContext('2d');
    context.drawImage(first.canvas, 0, 0);
    context.drawImage(second.canvas, first.canvas.width, 0);
    context.putImageData(diff, first.canvas.width * 2, 0);
    png = side.toDataURL('image/png');
  }
  return { share: changed / (first.data.width * first.data.height), png };
};
`;

const files = readdirSync(a).filter((name) => name.endsWith('.svg'));
const browser = await launchChromium();
const results: { file: string; share: number }[] = [];
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><body></body>');
  // As text: tsx would wrap the functions in helpers the page does not have.
  await page.addScriptTag({ content: PAGE_SCRIPT });
  for (const file of files) {
    const [one, two] = [readFileSync(join(a, file), 'utf8'), readFileSync(join(b, file), 'utf8')];
    const { share, png } = await page.evaluate(
      (args) => (window as unknown as { compareSvgs: (a: unknown) => Promise<{ share: number; png: string }> }).compareSvgs(args),
      {
        one,
        two,
        width,
        shade: SHADE,
        picture: Boolean(values.out),
      },
    );
    results.push({ file, share });
    if (values.out) {
      mkdirSync(values.out, { recursive: true });
      writeFileSync(join(values.out, file.replace(/\.svg$/, '.png')), Buffer.from(png.split(',')[1]!, 'base64'));
    }
  }
} finally {
  await browser.close();
}
results.sort((x, y) => y.share - x.share);
for (const { file, share } of results.slice(0, 12)) console.log(`${file.padEnd(30)} ${(share * 100).toFixed(3)}% of pixels changed`);
const over = results.filter((result) => result.share > LIMIT);
console.log(`${results.length} files, ${over.length} over ${LIMIT * 100}%`);
process.exitCode = over.length ? 1 : 0;
