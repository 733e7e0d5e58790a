/**
 * npm run bench:photo: what a phone photo of a hand drawing becomes as a panel's own picture in the Studio (issue 14:
 * "a phone photo of a hand drawing becomes a 40 KB panel"). Chromium draws a stand-in photo (4032x3024, unevenly lit
 * paper, 60 or 140 pen strokes, a few coloured washes, sensor noise; JPEG 0.9, as a phone saves it), then the Studio's own
 * encoder (src/studio/art/encode.ts, served by Vite) frames it at panel sizes of the bundled stories' pages and writes
 * WebP, stepping the quality down until the panel's budget is met. Prints each panel's bytes beside the budget and the
 * issue's aim; exits non-zero when a panel is refused.
 */
import { createServer } from 'vite';
import { readArgs } from './args';
import { launchChromium } from './chromium';
import { freePort } from './free-port';
import { ROOT } from './story-files';

readArgs({}, 'Usage: npm run bench:photo');
const AIM_BYTES = 40 * 1024;
/** Panel sizes on a 960 px page (src/studio/art/picture-size.ts): full width, half, a quarter page, a tall third. */
const PANELS = [
  { name: 'full width, 16:9', width: 960, height: 540 },
  { name: 'full width, 4:3', width: 960, height: 720 },
  { name: 'half a page', width: 480, height: 540 },
  { name: 'a quarter page', width: 437, height: 437 },
  { name: 'a tall third', width: 320, height: 427 },
];

/** Runs in the page: the stand-in photo, then the Studio's encoder at each size. A string, so no build helper leaks in. */
const PAGE_SCRIPT = `(async (panels, strokes) => {
  const W = 4032, H = 3024;
  const canvas = new OffscreenCanvas(W, H);
  const c = canvas.getContext('2d');
  const light = c.createRadialGradient(W * 0.4, H * 0.4, 100, W / 2, H / 2, W * 0.7);
  light.addColorStop(0, '#f4f1ea');
  light.addColorStop(1, '#c9c3b5');
  c.fillStyle = light;
  c.fillRect(0, 0, W, H);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  c.strokeStyle = '#1d1d24';
  c.lineCap = 'round';
  for (let i = 0; i < strokes; i++) {
    c.lineWidth = 6 + random() * 10;
    c.beginPath();
    let x = W * (0.1 + random() * 0.8), y = H * (0.1 + random() * 0.8);
    c.moveTo(x, y);
    for (let k = 0; k < 6; k++) {
      x += (random() - 0.5) * 500;
      y += (random() - 0.5) * 500;
      c.quadraticCurveTo(x + (random() - 0.5) * 200, y + (random() - 0.5) * 200, x, y);
    }
    c.stroke();
  }
  c.fillStyle = '#d9534f33';
  for (let i = 0; i < 12; i++) c.fillRect(random() * W, random() * H, 300 + random() * 500, 200 + random() * 400);
  const pixels = c.getImageData(0, 0, W, H);
  for (let at = 0; at < pixels.data.length; at += 4) {
    const noise = (random() - 0.5) * 6;
    for (let channel = 0; channel < 3; channel++) pixels.data[at + channel] += noise;
  }
  c.putImageData(pixels, 0, 0);
  const photo = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  const { decodePicture, encodePanel } = await import('/src/studio/art/encode.ts');
  const { PANEL_BUDGET_BYTES } = await import('/src/studio/art/picture-size.ts');
  const picture = await decodePicture(photo);
  const results = [];
  for (const panel of panels) {
    const encoded = await encodePanel(picture, panel, { fit: 'fill', zoom: 1, x: 0.5, y: 0.5 });
    results.push({ ...panel, bytes: encoded.ok ? encoded.blob.size : null, refusal: encoded.ok ? null : encoded.refusal });
  }
  return { photoBytes: photo.size, budget: PANEL_BUDGET_BYTES, results };
})`;

const port = await freePort();
const server = await createServer({ root: ROOT, configLoader: 'runner', logLevel: 'silent', server: { host: '127.0.0.1', port, strictPort: true } });
await server.listen();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  let refused = false;
  for (const [drawing, strokes] of [
    ['a drawing of 60 pen strokes', 60],
    ['a dense drawing of 140 strokes (a worst case)', 140],
  ] as const) {
    const { photoBytes, budget, results } = (await page.evaluate(`${PAGE_SCRIPT}(${JSON.stringify(PANELS)}, ${strokes})`)) as {
      photoBytes: number;
      budget: number;
      results: { name: string; width: number; height: number; bytes: number | null; refusal: string | null }[];
    };
    console.log(
      `A phone photo of ${drawing}: 4032x3024 JPEG, ${kb(photoBytes)}. As the Studio stores it (WebP), budget ${kb(budget)}, aim about ${kb(AIM_BYTES)}:`,
    );
    for (const { name, width, height, bytes, refusal } of results) {
      const figure = bytes === null ? `refused (${refusal})` : `${kb(bytes)}${bytes <= AIM_BYTES ? '' : ' (over the aim)'}`;
      console.log(`  ${name.padEnd(18)} ${`${width}x${height}`.padEnd(9)} ${figure}`);
    }
    refused ||= results.some((result) => result.bytes === null);
  }
  process.exitCode = refused ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
