import './app/fonts.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './app/i18n';
import { reader } from './app/screens';
import { artUrl, storyFile, translationFilesOf } from './content/bundled';
import { storySummaries } from './content/summaries';
import { useProgress } from './store/progress';
import { useSettings } from './store/settings';
import { parseRoute } from './ui/routes';

// Opened at a story (a reload, a link): fetch the reader, the story and its first picture while React starts.
const first = parseRoute(window.location.hash);
if (first.screen === 'read') {
  const { storyId } = first;
  void reader.load().catch(() => undefined);
  void storyFile(storyId)?.load().catch(() => undefined);
  for (const translation of translationFilesOf(storyId)) void translation.load().catch(() => undefined);
  void import('./content/load-story').then(({ loadBundledStory }) => loadBundledStory(storyId));
  const summary = storySummaries.find((item) => item.id === storyId);
  if (summary?.ok && summary.firstArt && !useProgress.getState().saves[storyId]) new Image().src = artUrl(storyId, summary.firstArt);
}

// Settings are read from storage synchronously, so the first paint is already in the reader's language.
initI18n(useSettings.getState().language);
// As a transition, the first render yields to the browser every few milliseconds instead of blocking a slow
// phone's main thread in one long task.
startTransition(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
