/**
 * A Vite plugin: `virtual:komik-saku/story-summaries` is the list of bundled stories with what the library shows of
 * each (src/content/summary.ts), read and checked from stories/ at build time. The library paints its whole list
 * in its first render, without fetching and checking every story first. In development the list follows the files.
 * In the built app the list is JSON in the page (SUMMARIES_ELEMENT), not script: the phone parses it as data instead
 * of compiling it with the app's first script (issue 21; it grows with every story and its translations).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readStoryBundle, type SourceFile, type StoryLoad } from '../src/content/story-bundle';
import { summarizeStory } from '../src/content/summarize';
import type { StorySummary } from '../src/content/summary';
import { loadCatalog, loadTranslation } from '../src/story/load';
import { entryKind, readPlainText } from './plain-files';
import { storyPictures } from './story-pictures';

const ID = 'virtual:komik-saku/story-summaries';
const RESOLVED = `\0${ID}`;
/** Whether the lessons catalog and each of its translations passed the schema at the build (src/content/load-catalog.ts). */
const LESSONS_BUILT_ID = 'virtual:komik-saku/lessons-built';
const LESSONS_BUILT = `\0${LESSONS_BUILT_ID}`;
/** The bytes of every story's files (text and pictures), for the download notice's first paint. */
const OFFLINE_BYTES_ID = 'virtual:komik-saku/offline-bytes';
const OFFLINE_BYTES = `\0${OFFLINE_BYTES_ID}`;
/** The id of the page's element that holds the list as JSON, in the built app. */
export const SUMMARIES_ELEMENT = 'komik-saku-stories';

export function storySummaries(): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  let building = false;
  return {
    name: 'komik-saku-story-summaries',
    configResolved: (config) => {
      root = config.root;
      publicDir = config.publicDir;
      building = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : id === OFFLINE_BYTES_ID ? OFFLINE_BYTES : id === LESSONS_BUILT_ID ? LESSONS_BUILT : null),
    load: (id, options) => {
      // In development the files may change under the running app: it validates them as it reads them.
      if (id === LESSONS_BUILT) return `export default ${building && lessonsPass(join(root, 'stories', 'lessons'))};`;
      if (id === OFFLINE_BYTES) return `export default ${offlineBytes(join(root, 'stories'), publicDir)};`;
      if (id !== RESOLVED) return null;
      // The page the build writes carries the list (transformIndexHtml); Node (the first screens, the tests) reads the files.
      if (building && !options?.ssr) return `export default JSON.parse(document.getElementById(${JSON.stringify(SUMMARIES_ELEMENT)}).textContent);`;
      return `export default ${JSON.stringify(summarize(join(root, 'stories')))};`;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => (building ? html.replace('</body>', `  ${summariesElement(summarize(join(root, 'stories')))}\n  </body>`) : html),
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

/** The list as data in the page: "<" written as its escape, so no text in it can end the element. */
export function summariesElement(summaries: StorySummary[]): string {
  return `<script type="application/json" id="${SUMMARIES_ELEMENT}">${JSON.stringify(summaries).replace(/</g, '\\u003c')}</script>`;
}

/** Every folder of stories/ with a story.json (not the lessons catalog), in the order the library lists them. */
export function summarize(storiesDir: string): StorySummary[] {
  if (!existsSync(storiesDir)) return [];
  return readdirSync(storiesDir)
    .filter((name) => name !== 'lessons' && existsSync(join(storiesDir, name, 'story.json')))
    .sort()
    .map((storyId) => summarizeStory(storyId, readStory(storiesDir, storyId)));
}

/**
 * Every story's files as offline-files.json counts them (vite.config.ts), before the bundle exists: its pictures and
 * its text. The text is counted from its files in stories/, which its chunks carry as they are (imported ?raw) give or
 * take a few dozen bytes: the notice shows the same megabytes before the list arrives as after (it showed the pictures
 * alone, 4.9 MB, then 5.3 MB).
 */
function offlineBytes(stories: string, publicDir: string): number {
  const storyIds = existsSync(stories) ? readdirSync(stories).filter((id) => id !== 'lessons' && entryKind(join(stories, id, 'story.json')) === 'file') : [];
  const translations = (id: string) => {
    const i18n = join(stories, id, 'i18n');
    return entryKind(i18n) === 'folder'
      ? readdirSync(i18n)
          .filter((name) => name.endsWith('.json'))
          .map((name) => statSync(join(i18n, name)).size)
      : [];
  };
  const text = storyIds.flatMap((id) => [statSync(join(stories, id, 'story.json')).size, ...translations(id)]);
  return [...text, ...storyPictures(publicDir).map((picture) => picture.bytes)].reduce((sum, bytes) => sum + bytes, 0);
}

/** The lessons catalog and every translation of it read and passed by the schema, as the app reads them. */
export function lessonsPass(lessonsDir: string): boolean {
  const file = 'stories/lessons/lessons.json';
  const catalog = readPlainText(join(lessonsDir, 'lessons.json'), file);
  if (!catalog.ok || !loadCatalog(catalog.text, file).ok) return false;
  return translationReads(lessonsDir, 'lessons').every((read) => read.ok && loadTranslation(read.text, read.file).ok);
}

/** Each translation file of a folder of stories/ (its i18n/*.json), read as plain files only. */
function translationReads(folderDir: string, folder: string): ({ ok: true; file: string; text: string } | { ok: false })[] {
  const i18nDir = join(folderDir, 'i18n');
  if (entryKind(i18nDir) !== 'folder') return [];
  return readdirSync(i18nDir)
    .filter((entry) => entry.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = `stories/${folder}/i18n/${name}`;
      const read = readPlainText(join(i18nDir, name), file);
      return read.ok ? { ok: true, file, text: read.text } : { ok: false };
    });
}

/** Read as the checker reads it: plain files only (a link or a pipe is a problem, never followed or waited on). */
function readStory(storiesDir: string, storyId: string): StoryLoad {
  const file = `stories/${storyId}/story.json`;
  const story = readPlainText(join(storiesDir, storyId, 'story.json'), file);
  if (!story.ok) return { ok: false, file, problems: [story.problem] };
  // A translation that cannot be read is left out: its language falls back to the source language.
  const translations: SourceFile[] = translationReads(join(storiesDir, storyId), storyId).flatMap((read) =>
    read.ok ? [{ file: read.file, text: read.text }] : [],
  );
  return readStoryBundle({ file, text: story.text }, translations, { folder: storyId });
}
