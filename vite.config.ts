import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { ART_CACHE, ART_LIST_FILE } from './src/content/art-cache';
import { ART_EXTENSIONS } from './src/story/schema';
import { APP_SIZE_FILE, appSize } from './tools/vite-app-size';
import { firstChunkGroup } from './tools/vite-first-chunk';
import { firstScreens } from './tools/vite-first-screens';
import { safeFiles } from './tools/vite-safe-files';
import { securityHeaders } from './tools/vite-security-headers';
import { storySummaries } from './tools/vite-story-summaries';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * What the service worker stores on the first visit, so the app opens and every story's text reads offline: the app
 * shell, every story and translation chunk, the lessons catalog with its icons, the app's icons, the woff2 fonts (the
 * .woff fallbacks are for browsers without service workers anyway) and the list of story pictures. The pictures
 * themselves (about 5 MB) wait for the reader's choice (src/app/download-choice.tsx): all at once, or each as it is
 * opened (runtime caching below). tools/bench-size.ts holds the first download to a budget.
 */
const ART = `{${ART_EXTENSIONS.join(',')}}`;

/** Each story's cover (the library shows them, online or not): "panels/<story>/<cover>". */
const COVERS = readdirSync(join(import.meta.dirname, 'stories'))
  .filter((id) => existsSync(join(import.meta.dirname, 'stories', id, 'story.json')))
  .flatMap((id) => {
    try {
      const { cover } = JSON.parse(readFileSync(join(import.meta.dirname, 'stories', id, 'story.json'), 'utf8')) as { cover?: unknown };
      return typeof cover === 'string' ? [`panels/${id}/${cover}`] : [];
    } catch {
      return []; // the story checker names the problem; the build goes on without this cover
    }
  });

const PRECACHE_GLOBS = ['**/*.{js,css,html,woff2,webmanifest}', `*.${ART}`, 'icons/*', `panels/lessons/*.${ART}`, ART_LIST_FILE, APP_SIZE_FILE, ...COVERS];

/** The files of public/ that PRECACHE_GLOBS take, for the first download's size (tools/vite-app-size.ts). */
function precachedPublicFiles(): string[] {
  const publicDir = join(import.meta.dirname, 'public');
  const isArt = (name: string) => ART_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`));
  const files = (folder: string) => readdirSync(join(publicDir, folder), { withFileTypes: true }).filter((entry) => entry.isFile());
  return [
    ...files('.').flatMap((entry) => (isArt(entry.name) ? [entry.name] : [])),
    ...files('icons').map((entry) => `icons/${entry.name}`),
    ...files('panels/lessons').flatMap((entry) => (isArt(entry.name) ? [`panels/lessons/${entry.name}`] : [])),
    ...COVERS,
  ];
}

/** Every story picture in public/panels (covers and the lessons' icons are precached) with their bytes: art-files.json. */
function artList(): Plugin {
  let publicDir = join(import.meta.dirname, 'public');
  return {
    name: 'komik-saku-art-list',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle() {
      const root = join(publicDir, 'panels');
      const files = readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== 'lessons')
        .flatMap((folder) =>
          readdirSync(join(root, folder.name))
            .filter((name) => ART_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`)))
            .map((name) => `panels/${folder.name}/${name}`),
        )
        .filter((file) => !COVERS.includes(file))
        .sort();
      const bytes = files.reduce((sum, file) => sum + statSync(join(publicDir, file)).size, 0);
      this.emitFile({ type: 'asset', fileName: ART_LIST_FILE, source: JSON.stringify({ files, bytes }) });
    },
  };
}

export default defineConfig({
  // Shown in settings; the update test builds two versions that differ only here.
  define: { __APP_VERSION__: JSON.stringify(process.env.KOMIK_SAKU_VERSION ?? pkg.version) },
  build: {
    rolldownOptions: { output: { codeSplitting: { groups: [firstChunkGroup()] } } },
    // The first download is budgeted gzipped by `npm run bench:size` (130 KB); "app" is ~600 KB before gzip by design.
    chunkSizeWarningLimit: 700,
  },
  plugins: [
    // First: nothing is built from, or served with, a link, a pipe or art that is not plain drawing.
    safeFiles(),
    react(),
    storySummaries(),
    firstScreens(),
    artList(),
    appSize(precachedPublicFiles),
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
        // "As I read": every story picture served is kept, so a page read once reads again offline.
        runtimeCaching: [{ urlPattern: ({ url }) => url.pathname.includes('/panels/'), handler: 'CacheFirst', options: { cacheName: ART_CACHE } }],
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
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
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
