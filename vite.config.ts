import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { OFFLINE_LIST_FILE, OFFLINE_SIZES_FILE, STORY_CACHE, offlineSizes, storyFiles } from './src/content/offline/plan';
import { ART_EXTENSIONS } from './src/story/schema';
import { APP_SIZE_FILE, appSize } from './tools/vite-app-size';
import { appStories } from './tools/vite-app-stories';
import { cardCovers } from './tools/vite-card-covers';
import { compileHints, eagerModuleWrappers } from './tools/vite-eager-compile';
import { chunkGroups } from './tools/vite-first-chunk';
import { firstScreens } from './tools/vite-first-screens';
import { safeFiles } from './tools/vite-safe-files';
import { securityHeaders } from './tools/vite-security-headers';
import { storyPictures } from './tools/story-pictures';
import { storySummaries } from './tools/vite-story-summaries';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * What the service worker stores on the first visit, so the app opens offline: the app shell, the lessons catalog with
 * its icons, the library's card covers, the app's icons, the woff2 fonts (the .woff fallbacks are for browsers without
 * service workers anyway) and the list of each story's files. The stories themselves (text and pictures) wait for the
 * reader's choice: all at once (src/app/download-choice.tsx), one story from its card, or as they are read (runtime
 * caching below); so the first download does not grow with the library. tools/bench-size.ts holds it to a budget.
 */
const ART = `{${ART_EXTENSIONS.join(',')}}`;

// The library's card covers (covers/*.webp, drawn by the build: tools/vite-card-covers.ts), so it shows them offline.
const PRECACHE_GLOBS = [
  '**/*.{js,css,html,woff2,webmanifest}',
  `*.${ART}`,
  'icons/*',
  `panels/lessons/*.${ART}`,
  OFFLINE_LIST_FILE,
  OFFLINE_SIZES_FILE,
  APP_SIZE_FILE,
  'covers/*.webp',
];

/** The files of public/ that PRECACHE_GLOBS take, for the first download's size (tools/vite-app-size.ts). */
function precachedPublicFiles(): string[] {
  const publicDir = join(import.meta.dirname, 'public');
  const isArt = (name: string) => ART_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`));
  const files = (folder: string) => readdirSync(join(publicDir, folder), { withFileTypes: true }).filter((entry) => entry.isFile());
  return [
    ...files('.').flatMap((entry) => (isArt(entry.name) ? [entry.name] : [])),
    ...files('icons').map((entry) => `icons/${entry.name}`),
    ...files('panels/lessons').flatMap((entry) => (isArt(entry.name) ? [`panels/lessons/${entry.name}`] : [])),
  ];
}

/** Each story's text chunks (its script and translations), left out of the precache: they are saved with the story. */
const storyChunks = new Set<string>();

/**
 * Each bundled story's files, for saving it for offline reading (src/content/offline/plan.ts): its text chunks and its
 * pictures in public/panels/<story> (its cover too, which print shows; the library's card cover is precached), with
 * their bytes: offline-files.json; and its sizes alone, all a phone with no story saved needs: offline-sizes.json.
 */
function offlineList(): Plugin {
  let publicDir = join(import.meta.dirname, 'public');
  return {
    name: 'komik-saku-offline-list',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const files = new Map<string, { path: string; bytes: number }[]>();
      const add = (storyId: string, path: string, bytes: number) => files.set(storyId, [...(files.get(storyId) ?? []), { path, bytes }]);
      storyChunks.clear();
      for (const chunk of Object.values(bundle)) {
        const storyId = chunk.type === 'chunk' ? chunk.facadeModuleId?.match(/\/stories\/([^/]+)\/(?:story|i18n\/[^/]+)\.json/)?.[1] : undefined;
        if (chunk.type !== 'chunk' || !storyId || storyId === 'lessons') continue;
        storyChunks.add(chunk.fileName);
        add(storyId, chunk.fileName, Buffer.byteLength(chunk.code));
      }
      for (const picture of storyPictures(publicDir)) add(picture.storyId, picture.path, picture.bytes);
      const list = Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b)).map(([storyId, found]) => [storyId, storyFiles(found)]));
      this.emitFile({ type: 'asset', fileName: OFFLINE_LIST_FILE, source: JSON.stringify(list) });
      this.emitFile({ type: 'asset', fileName: OFFLINE_SIZES_FILE, source: JSON.stringify(offlineSizes(list)) });
    },
  };
}

export default defineConfig({
  // Shown in settings; the update test builds two versions that differ only here.
  define: { __APP_VERSION__: JSON.stringify(process.env.KOMIK_SAKU_VERSION ?? pkg.version) },
  build: {
    // Phones' Chrome preloads modules itself; a browser without modulepreload (Safari before 17) still loads every
    // module, a little later: the polyfill is not worth its bytes in every reader's first script (issue 21).
    // A dynamic import's chunks are not preloaded by <link> elements the app appends (Vite's helper): at start the
    // reader's and the offline code's imports appended ~50 of them, and each append was a resource request made on
    // the main thread, ~0.5 s of the start's long tasks at 10x (issue 21). The browser's module loader fetches them
    // instead, one round trip later. The page's own first modules are still asked for ahead (the loader's links).
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups() } } },
    // The first download is budgeted gzipped by `npm run bench:size` (130 KB); "app" is ~600 KB before gzip by design.
    chunkSizeWarningLimit: 700,
  },
  plugins: [
    // First: nothing is built from, or served with, a link, a pipe or art that is not plain drawing.
    safeFiles(),
    react(),
    storySummaries(),
    appStories(),
    cardCovers(),
    firstScreens(),
    offlineList(),
    // The first screen's code and the reader's compiled on a background thread while they download, not when they run.
    eagerModuleWrappers(),
    compileHints(['app', 'reader']),
    appSize(precachedPublicFiles, (fileName) => storyChunks.has(fileName)),
    // After firstScreens: it hashes the inline scripts that plugin writes (the page's policy, also as headers).
    securityHeaders(),
    VitePWA({
      // The app asks before it updates (src/app/update-prompt.tsx) and registers the worker itself.
      disable: process.env.NO_PWA === '1',
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        id: '/',
        name: 'Komik Saku',
        short_name: 'Komik Saku',
        description: 'Komik interaktif tentang migrasi kerja yang aman.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d4e89',
        background_color: '#fffdf8',
        categories: ['education', 'books'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // A .komik file shared to the installed app (WhatsApp, Files): public/share-target.js takes the POST.
        share_target: {
          action: '/share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: { files: [{ name: 'pack', accept: ['.komik', 'application/zip', 'application/octet-stream'] }] },
        },
        // A .komik file opened on a desktop with the app installed: the library receives it (library-screen.tsx, launchQueue).
        file_handlers: [{ action: '/', accept: { 'application/x-komik-saku': ['.komik'] } }],
      },
      workbox: {
        globPatterns: PRECACHE_GLOBS,
        // Without it the update button does nothing on a first visit (a known vite-plugin-pwa pitfall with "prompt").
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        // The share target's handler (a POST, which Workbox's routes do not answer).
        importScripts: ['share-target.js'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        // Story files are saved per story, when the reader chooses (src/content/offline/), not on the first visit.
        manifestTransforms: [(entries) => ({ manifest: entries.filter((entry) => !storyChunks.has(entry.url)), warnings: [] })],
        // "As I read": every story picture and text served is kept, so a page read once reads again offline. The app's
        // own scripts are all precached (answered before this route), so a script reaching it is a story's text.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && (url.pathname.includes('/panels/') || /\/assets\/[^/]+\.js$/.test(url.pathname)),
            handler: 'CacheFirst',
            // By address only: a script's request carries an Origin header and the server answers "Vary: Origin", so a
            // file the page saved (without that header) would otherwise never be found.
            options: { cacheName: STORY_CACHE, matchOptions: { ignoreVary: true } },
          },
        ],
      },
    }),
  ],
  test: {
    // Unit and component test files two at a time (vitest's default on two cores is one). The browser tests run one file
    // at a time: two at once were only 13% faster and let a slowed page's timing decide tests (measured 2026-12-02).
    // `npm test` runs them in a process of their own beside the checks and the other tests (tools/test-lanes.ts).
    maxWorkers: 2,
    // Unit tests run in plain Node; component tests in jsdom with a few browser stand-ins.
    projects: [
      // Unit tests get the same headroom: CI runs them beside the browser lane on two cores, seven times slower than a quiet machine.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 15_000 } },
      {
        extends: true,
        // A test may wait up to 5 s for a screen (setup.ts); the whole test gets three times that on two busy cores.
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts', 'tests/support/load-screens.ts'],
          testTimeout: 15_000,
        },
      },
      // Real Chromium against the built app, one file at a time.
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
