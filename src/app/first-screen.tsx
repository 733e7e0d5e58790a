/**
 * The first screens of a first visit as HTML, made at build time by rendering the app itself (the build puts them in
 * index.html: tools/vite-first-screens.ts). A phone on a slow connection paints the library, or the first panel of
 * a story opened from a link, as soon as the page and its styles arrive, instead of after ~110 KB of script has
 * been fetched and run; the app then renders the same screen in its place. Only a first visit (nothing saved yet,
 * Bahasa Indonesia, a phone-sized screen) looks exactly like this, so only a first visit is shown it.
 */
import { renderToString } from 'react-dom/server';
import { bundledStoryIds } from '../content/bundled';
import { loadBundledStory } from '../content/load-story';
import { WIDE_SCREEN_QUERY } from '../reader/use-wide-screen';
import { SOURCE_LANGUAGE, initI18n } from './i18n';
import { App } from './app';
import { reader } from './screens';

export interface FirstScreens {
  library: string;
  /** The reading screen at the first panel, by story ID (stories that do not load are left out). */
  reading: Record<string, string>;
  /** Where the page view, not the first panel, is a reader's first screen. */
  wideScreenQuery: string;
}

export async function renderFirstScreens(): Promise<FirstScreens> {
  initI18n(SOURCE_LANGUAGE);
  await reader.load();
  const reading: Record<string, string> = {};
  for (const storyId of bundledStoryIds) {
    const load = await loadBundledStory(storyId);
    if (load.ok) reading[storyId] = renderToString(<App route={{ screen: 'read', storyId }} />);
  }
  return { library: renderToString(<App route={{ screen: 'library' }} />), reading, wideScreenQuery: WIDE_SCREEN_QUERY };
}
