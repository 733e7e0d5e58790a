/**
 * A story's screen (reader, present, print): "loading" while the story comes, what is wrong with it when it cannot be
 * read, else the screen for the loaded story. A story no known publisher vouches for is shown under the note that
 * says so (trust/unverified-story.tsx, loaded only for such a story), placed as `place` wants it.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedStory } from '../content/story-bundle';
import { useStoryLoad } from '../content/use-story-load';
import { StoryProblems } from './story-problems';

const UnverifiedStory = lazy(() => import('./trust/unverified-story').then((module) => ({ default: module.UnverifiedStory })));

interface Props {
  storyId: string;
  place: 'reader' | 'present' | 'print';
  children: (loaded: LoadedStory) => ReactNode;
}

export function WithStory({ storyId, place, children }: Props) {
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
  const screen = children(load.value);
  if (load.value.publisher !== null) return screen;
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <UnverifiedStory place={place}>{screen}</UnverifiedStory>
    </Suspense>
  );
}
