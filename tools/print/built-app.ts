/**
 * The app as it ships, for printing: built into a cache folder of its own (so dist/ and the browser tests are left
 * alone) when missing or older than any source, story or art file, and served by `vite preview` on a free port.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { freePort } from '../free-port';

const ROOT = join(import.meta.dirname, '..', '..');
// One cache per checkout, named by its path: git worktrees often share one node_modules, and a build cached there
// by another checkout would print that checkout's code and stories.
const OUT_DIR = join(tmpdir(), `komik-saku-print-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);
const STAMP = join(OUT_DIR, '.built');
const SOURCES = ['src', 'stories', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

export async function serveBuiltApp(log: (line: string) => void): Promise<{ base: string; close: () => Promise<void> }> {
  const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  if (SOURCES.some((source) => newest(join(ROOT, source)) > built)) {
    log('Building the app…');
    // No service worker: the printing browser is fresh every time.
    process.env.NO_PWA = '1';
    await build({ root: ROOT, configLoader: 'runner', logLevel: 'error', build: { outDir: OUT_DIR, emptyOutDir: true } });
    writeFileSync(STAMP, new Date().toISOString());
  }
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { base: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
