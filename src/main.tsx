import './app/fonts.css';
// The reader's styles come with the first screen: a story opened from a link is painted from the page's own HTML
// (first-screen.tsx) before the reader's code has arrived.
import './comic/comic.css';
import './reader/reader.css';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { switchLanguage } from './app/i18n';
import { reader } from './app/screens';
import { artUrl, storyFile, translationFilesOf } from './content/bundled';
import { storySummaries } from './content/summaries';
import { useProgress } from './store/progress';
import { useSettings } from './store/settings';
import { parseRoute, type Route } from './ui/routes';

/**
 * Opened at a story (a reload, a link): fetch the reader, the story and its first picture while React starts, and
 * render once they are here, so the first render is the reading screen itself (it replaces the page's HTML of the
 * same screen, when there is one) rather than a "loading" line.
 */
function fetchStoryAhead(storyId: string): Promise<unknown> {
  const summary = storySummaries.find((item) => item.id === storyId);
  if (summary?.ok && summary.firstArt && !useProgress.getState().saves[storyId]) new Image().src = artUrl(storyId, summary.firstArt);
  void storyFile(storyId)
    ?.load()
    .catch(() => undefined);
  for (const translation of translationFilesOf(storyId)) void translation.load().catch(() => undefined);
  const story = import('./content/load-story').then(({ loadBundledStory }) => loadBundledStory(storyId));
  return Promise.all([reader.load(), story]).catch(() => undefined);
}

/**
 * Whether #root holds the page's own first screen (tools/vite-first-screens.ts: shown only on a first visit) and it is
 * the app's first render, in the same language: the library, or the first panel of the story at the address with no
 * early tap kept on it (the reader takes that step as it starts). React then takes over the page's nodes (hydrates)
 * rather than building the screen again, which on a slow phone was a second style and layout of the whole screen
 * (160-290 ms at 10x CPU, issue 21). Anything else (a link on the page tapped before the app started, another
 * language) is rendered afresh in its place.
 */
function showsFirstRender(root: HTMLElement, route: Route): boolean {
  const html = document.documentElement;
  if (html.lang !== useSettings.getState().language) return false;
  if (route.screen === 'library') return root.querySelector(':scope > .app .library') !== null;
  return route.screen === 'read' && root.dataset.page === `read-${route.storyId}` && !html.hasAttribute('data-early-step');
}

/**
 * The start's steps each in a task of their own, so a slow phone can paint or take a tap between them: the modules'
 * evaluation, the story's requests and the words' set-up were one task of ~0.6 s at 10x CPU (issue 21).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

async function start(): Promise<void> {
  const first = parseRoute(window.location.hash);
  await nextTask();
  const story = first.screen === 'read' ? fetchStoryAhead(first.storyId) : undefined;
  await nextTask();
  // Settings are read from storage synchronously, so the first paint is already in the reader's language: its words
  // (other than Indonesian, which comes with the app) are fetched alongside the story, before the first render.
  const words = switchLanguage(useSettings.getState().language).catch(() => undefined);
  await Promise.all([story, words]);
  const root = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // A story's first screen still on its way to the page (its file, tools/vite-first-screens.ts) is not waited for:
  // taking the mark off #root lets the app's own render show, and tells the page's script not to put it there.
  document.documentElement.removeAttribute('data-first-screen');
  // The address may have changed while the app was on its way (a story tapped on the page's library): read it again.
  const hydrate = showsFirstRender(root, parseRoute(window.location.hash));
  // As a transition, the first render (or hydration) yields to the browser every few milliseconds instead of blocking
  // a slow phone's main thread in one long task.
  startTransition(() => {
    if (hydrate) {
      // From here React answers taps on the page's nodes: the page's own keeper of an early tap stands down.
      document.documentElement.dataset.app = 'hydrating';
      hydrateRoot(root, app);
    } else createRoot(root).render(app);
  });
}

void start();
