import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { ART_EXTENSIONS } from './src/story/schema';
import { firstScreens } from './tools/vite-first-screens';
import { safeFiles } from './tools/vite-safe-files';
import { securityHeaders } from './tools/vite-security-headers';
import { storySummaries } from './tools/vite-story-summaries';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * What the service worker stores on the first visit, so every story reads offline even if never opened: the app
 * shell, every story and translation chunk, the lessons catalog, all art (every kind the story format allows:
 * ART_EXTENSIONS, so .jpg and .webp stories read offline too), the icons and the woff2 fonts (the .woff fallbacks are
 * for browsers without service workers anyway). tools/bench-size.ts holds it to a budget.
 */
const PRECACHE_GLOBS = [`**/*.{js,css,html,woff2,webmanifest,${ART_EXTENSIONS.join(',')}}`];

export default defineConfig({
  // Shown in settings; the update test builds two versions that differ only here.
  define: { __APP_VERSION__: JSON.stringify(process.env.KOMIK_SAKU_VERSION ?? pkg.version) },
  plugins: [
    // First: nothing is built from, or served with, a link, a pipe or art that is not plain drawing.
    safeFiles(),
    react(),
    storySummaries(),
    firstScreens(),
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
      },
      workbox: {
        globPatterns: PRECACHE_GLOBS,
        // Without it the update button does nothing on a first visit (a known vite-plugin-pwa pitfall with "prompt").
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
    }),
  ],
  test: {
    // Unit tests run in plain Node; component tests in jsdom with a few browser stand-ins.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        // A test may wait up to 5 s for a screen (setup.ts); the whole test gets three times that on two busy cores.
        test: { name: 'component', include: ['tests/component/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/component/setup.ts', 'tests/support/load-screens.ts'], testTimeout: 15_000 },
      },
      // Real Chromium against the built app, one file at a time (two cores).
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], environment: 'node', globalSetup: ['tests/e2e/global-setup.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
