/** For the offline and update tests: build the app into a folder of its own and serve it on a port of their own. */
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { freePort } from '../../tools/free-port';

export { freePort };

export const ROOT = join(import.meta.dirname, '..', '..');

/** Builds the app as it ships into outDir; `version` is what settings shows, so two builds differ. */
export async function buildInto(outDir: string, version: string, { publicDir }: { publicDir?: string } = {}): Promise<void> {
  const before = process.env.KOMIK_SAKU_VERSION;
  process.env.KOMIK_SAKU_VERSION = version;
  try {
    await build({ root: ROOT, configLoader: 'runner', logLevel: 'warn', ...(publicDir ? { publicDir } : {}), build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.KOMIK_SAKU_VERSION;
    else process.env.KOMIK_SAKU_VERSION = before;
  }
}

/** `vite preview` of a built folder (the global setup's dist/ by default) on the given port. */
export function serve(port: number, outDir = join(ROOT, 'dist')): Promise<PreviewServer> {
  return preview({ root: ROOT, configLoader: 'runner', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
}

/** True when nothing answers at the address any more (so the browser really cannot reach a server). */
export async function unreachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}
