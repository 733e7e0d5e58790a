/**
 * A Vite plugin: `virtual:komik-saku/story-summaries` is the list of bundled stories with what the library shows of
 * each (src/content/summary.ts), read and checked from stories/ at build time. The library paints its whole list
 * in its first render, without fetching and checking every story first. In development the list follows the files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readStoryBundle } from '../src/content/story-bundle';
import { summarizeStory, type StorySummary } from '../src/content/summary';

const ID = 'virtual:komik-saku/story-summaries';
const RESOLVED = `\0${ID}`;

export function storySummaries(): Plugin {
  let root = process.cwd();
  return {
    name: 'komik-saku-story-summaries',
    configResolved: (config) => {
      root = config.root;
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load: (id) => {
      if (id !== RESOLVED) return null;
      return `export default ${JSON.stringify(summarize(join(root, 'stories')))};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes('/stories/')) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

/** Every folder of stories/ with a story.json (not the lessons catalog), in the order the library lists them. */
export function summarize(storiesDir: string): StorySummary[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir)
    .filter((name) => name !== 'lessons' && existsSync(join(storiesDir, name, 'story.json')))
    .sort()
    .map((storyId) => {
      const file = `stories/${storyId}/story.json`;
      const i18nDir = join(storiesDir, storyId, 'i18n');
      const translations = existsSync(i18nDir)
        ? readdirSync(i18nDir)
            .filter((name) => name.endsWith('.json'))
            .sort()
            .map((name) => ({ file: `stories/${storyId}/i18n/${name}`, text: readFileSync(join(i18nDir, name), 'utf8') }))
        : [];
      return summarizeStory(storyId, readStoryBundle({ file, text: readFileSync(join(storiesDir, storyId, 'story.json'), 'utf8') }, translations));
    });
}
