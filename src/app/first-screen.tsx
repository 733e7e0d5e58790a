/**
 * The first screens of a first visit as HTML, made at build time by rendering the app itself (the build puts them in
 * index.html: tools/vite-first-screens.ts). A phone on a slow connection paints the library, or the first panel of
 * a story opened from a link, as soon as the page and its styles arrive, instead of after ~110 KB of script has
 * been fetched and run; the app then renders the same screen in its place. Only a first visit (nothing saved yet,
 * a phone-sized screen) looks exactly like this, so only a first visit is shown it. The library is rendered in each
 * of the app's languages, the one a first start picks from the phone's (issue 21: the app re-rendering an Indonesian
 * library in English moved the list, and its new text was painted as a later largest paint), and so is each story's
 * first panel (in the story's translation when it has one, as the reader shows it).
 */
import { renderToString } from 'react-dom/server';
import { bundledStoryIds } from '../content/bundled';
import { loadBundledStory } from '../content/load-story';
import { WIDE_SCREEN_QUERY } from '../reader/use-wide-screen';
import { APP_LANGUAGES } from '../store/settings';
import { SOURCE_LANGUAGE, initI18n, switchLanguage } from './i18n';
import { App } from './app';
import { reader } from './screens';

export interface FirstScreens {
  /** By language: every language the app's own words are written in. */
  library: Record<string, string>;
  /** By language, then by story ID: the reading screen at the first panel (stories that do not load are left out). */
  reading: Record<string, Record<string, string>>;
  /** Where the page view, not the first panel, is a reader's first screen. */
  wideScreenQuery: string;
}

export async function renderFirstScreens(): Promise<FirstScreens> {
  initI18n(SOURCE_LANGUAGE);
  await reader.load();
  const stories: string[] = [];
  for (const storyId of bundledStoryIds) if ((await loadBundledStory(storyId)).ok) stories.push(storyId);
  const library: Record<string, string> = {};
  const reading: Record<string, Record<string, string>> = {};
  for (const language of APP_LANGUAGES) {
    await switchLanguage(language);
    library[language] = renderToString(<App route={{ screen: 'library' }} />);
    reading[language] = Object.fromEntries(stories.map((storyId) => [storyId, renderToString(<App route={{ screen: 'read', storyId }} />)]));
  }
  return { library, reading, wideScreenQuery: WIDE_SCREEN_QUERY };
}
