/** For the browser benchmarks: the app built as it ships, served by `vite preview` on a free port. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { ROOT, STORIES_DIR } from '../story-files';
import { freePort } from '../free-port';

export interface BuiltApp {
  base: string;
  outDir: string;
  close: () => Promise<void>;
}

/** `root`: the project to build (bench:library builds a copy with a hundred stories). */
export async function serveBuiltApp(root = ROOT): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'komik-saku-bench-'));
  await build({ root, configLoader: 'runner', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({
    root,
    configLoader: 'runner',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    base: `http://127.0.0.1:${port}/`,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The bundled story with the most panels (the reading benchmarks use it). */
export function longestStory(): { id: string; panels: number } {
  let best = { id: 'sample', panels: 0 };
  for (const name of readdirSync(STORIES_DIR)) {
    try {
      const story = JSON.parse(readFileSync(join(STORIES_DIR, name, 'story.json'), 'utf8')) as { id: string; scenes: { pages: { panels: unknown[] }[] }[] };
      const panels = story.scenes.reduce((sum, scene) => sum + scene.pages.reduce((count, page) => count + page.panels.length, 0), 0);
      if (panels > best.panels) best = { id: story.id, panels };
    } catch {
      // not a story folder, or a story being written: skip it
    }
  }
  return best;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
