/**
 * app-size.json: what a phone downloads when the app is first opened (the service worker's precache), gzipped as a
 * server sends it, so the QR screen (src/ui/app-qr) can say "first download: 0.7 MB" before a room scans it. Measured
 * from the build's own files at the end of the bundle; the service worker and manifest (a few kB) are left out.
 * `npm run bench:size` measures the same download from sw.js's list, to check this figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const APP_SIZE_FILE = 'app-size.json';
/** The build's own files the precache takes: the app's, and the library's card covers it draws (vite-card-covers.ts). */
const PRECACHED_OUTPUT = /\.(js|css|html|woff2|json)$|^covers\/[^/]+\.webp$/;

/** `publicFiles`: the files of public/ the precache takes (paths under it); `saved`: output left to a story's own saving. */
export function appSize(publicFiles: () => string[], saved: (fileName: string) => boolean): Plugin {
  let publicDir = '';
  return {
    name: 'komik-saku-app-size',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const gz = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;
      let bytes = 0;
      for (const file of Object.values(bundle)) {
        if (!PRECACHED_OUTPUT.test(file.fileName) || saved(file.fileName)) continue;
        bytes += gz(file.type === 'chunk' ? file.code : file.source);
      }
      for (const file of publicFiles()) bytes += gz(readFileSync(join(publicDir, file)));
      this.emitFile({ type: 'asset', fileName: APP_SIZE_FILE, source: JSON.stringify({ firstDownload: bytes }) });
    },
  };
}
