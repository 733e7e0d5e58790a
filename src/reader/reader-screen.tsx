/** The reading screen: loads the story (or says exactly what is wrong with it) and shows the current beat. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { storyNamespace, useNamespaceDirection, useNamespaceText } from '../content/text';
import { useStoryLoad } from '../content/use-story-load';
import type { Story } from '../story/schema';
import { TEXT_SIZES, useSettings } from '../store/settings';
import { StoryProblems } from '../ui/story-problems';
import { ReadingView } from './reading-view';
import './reader.css';

// A story on this phone no known publisher vouches for: marked, its unofficial numbers flagged (loaded only for one).
const UnverifiedStory = lazy(() => import('../ui/trust/unverified-story').then((module) => ({ default: module.UnverifiedStory })));

export function ReaderScreen({ storyId }: { storyId: string }) {
  const { t } = useTranslation();
  // A story fetched ahead (the entry starts it when the app opens at a story) is shown in the first render.
  const { load, retry } = useStoryLoad(storyId);
  if (!load)
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  if (!load.ok) return <StoryProblems file={load.file} problems={load.problems} onRetry={retry} />;
  const reader = <LoadedReader key={storyId} story={load.value.story} />;
  if (load.value.publisher !== null) return reader;
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <UnverifiedStory>{reader}</UnverifiedStory>
    </Suspense>
  );
}

function LoadedReader({ story }: { story: Story }) {
  const text = useNamespaceText(storyNamespace(story.id));
  const direction = useNamespaceDirection(storyNamespace(story.id));
  const textSize = useSettings((settings) => settings.textSize);
  return <ReadingView story={story} text={text} direction={direction} textScale={TEXT_SIZES[textSize] ?? 1} />;
}
