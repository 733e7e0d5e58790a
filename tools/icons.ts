/**
 * npm run icons: draws the app icon (a pocket comic page with a speech balloon, no text) as SVG and renders the
 * PNG sizes the web app manifest needs with Chromium, into public/icons/. The PNGs are committed; run this again
 * only when the drawing changes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium';
import { ROOT } from './story-files';
import { readArgs } from './args';

// No options: a typo is told, not ignored.
readArgs({}, 'Usage: npm run icons');

const BRAND = '#1d4e89';
const PAPER = '#fffdf8';
const INK = '#1b1f24';
const ACCENT = '#f2a900';

/** The drawing on a 512 box: a comic page with three panels, tilted, and a balloon with three dots. */
const drawing = `
  <g transform="rotate(-7 222 270)">
    <rect x="104" y="112" width="236" height="306" rx="16" fill="${PAPER}" stroke="${INK}" stroke-width="10"/>
    <rect x="130" y="140" width="184" height="112" rx="6" fill="#cfe0f5" stroke="${INK}" stroke-width="8"/>
    <rect x="130" y="270" width="84" height="120" rx="6" fill="#f6d7b0" stroke="${INK}" stroke-width="8"/>
    <rect x="230" y="270" width="84" height="120" rx="6" fill="#d5ecd9" stroke="${INK}" stroke-width="8"/>
    <circle cx="176" cy="222" r="18" fill="${INK}"/>
    <path d="M146 252 q30 -34 60 0" fill="${INK}"/>
  </g>
  <path d="M300 214 L262 282 L338 236 Z" fill="${ACCENT}" stroke="${INK}" stroke-width="10" stroke-linejoin="round"/>
  <ellipse cx="352" cy="176" rx="112" ry="80" fill="${ACCENT}" stroke="${INK}" stroke-width="10"/>
  <path d="M286 222 L318 238" stroke="${ACCENT}" stroke-width="14"/>
  <circle cx="306" cy="178" r="14" fill="${INK}"/>
  <circle cx="352" cy="178" r="14" fill="${INK}"/>
  <circle cx="398" cy="178" r="14" fill="${INK}"/>`;

/** "any": a rounded tile with the drawing filling it. */
const anyIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect x="8" y="8" width="496" height="496" rx="104" fill="${BRAND}"/>${drawing}
</svg>
`;

/** "maskable": full bleed, the drawing inside the central safe circle (80% of the size) so any mask keeps it. */
const maskableIcon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" fill="${BRAND}"/>
  <g transform="translate(256 256) scale(0.74) translate(-274 -263)">${drawing}</g>
</svg>
`;

const dir = join(ROOT, 'public', 'icons');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'icon.svg'), anyIcon);
writeFileSync(join(dir, 'maskable.svg'), maskableIcon);

const browser = await launchChromium();
try {
  const outputs: { file: string; svg: string; size: number }[] = [
    { file: 'icon-192.png', svg: anyIcon, size: 192 },
    { file: 'icon-512.png', svg: anyIcon, size: 512 },
    { file: 'maskable-512.png', svg: maskableIcon, size: 512 },
    { file: 'apple-touch-icon-180.png', svg: maskableIcon, size: 180 },
    // The tab's icon as a picture: an SVG favicon is parsed and drawn on the page's main thread (376 ms at 10x CPU, issue 21).
    { file: 'favicon-48.png', svg: readFileSync(join(ROOT, 'public', 'favicon.svg'), 'utf8'), size: 48 },
  ];
  for (const { file, svg, size } of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: join(dir, file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`public/icons/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
