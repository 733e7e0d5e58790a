/**
 * Facilitator mode: a story projected for a group. `room` is the projected screen, `presenter` the facilitator's own
 * window; both load the story the same way the reader does (or say what is wrong with it) and share one session.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { storyNamespace, useNamespaceDirection, useNamespaceText } from '../content/text';
import { useStoryLoad } from '../content/use-story-load';
import type { Story } from '../story/schema';
import { TEXT_SIZES, useSettings } from '../store/settings';
import { StoryProblems } from '../ui/story-problems';
import { PresenterView } from './presenter-view';
import { RoomView } from './room-view';
import { useSharedSession } from './use-session';
import './present.css';

type View = 'room' | 'presenter';

// A story on this phone no known publisher vouches for: marked for the room too, its unofficial numbers flagged.
const UnverifiedStory = lazy(() => import('../ui/trust/unverified-story').then((module) => ({ default: module.UnverifiedStory })));

export function PresentScreen({ storyId, view }: { storyId: string; view: View }) {
  const { t } = useTranslation();
  const { load, retry } = useStoryLoad(storyId);
  if (!load)
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  if (!load.ok) return <StoryProblems file={load.file} problems={load.problems} onRetry={retry} />;
  const session = <LoadedSession key={`${storyId}/${view}`} story={load.value.story} view={view} />;
  if (load.value.publisher !== null) return session;
  return (
    <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
      <UnverifiedStory place="present">{session}</UnverifiedStory>
    </Suspense>
  );
}

function LoadedSession({ story, view }: { story: Story; view: View }) {
  const text = useNamespaceText(storyNamespace(story.id));
  const textSize = useSettings((settings) => settings.textSize);
  const direction = useNamespaceDirection(storyNamespace(story.id));
  const shared = useSharedSession(story);
  if (view === 'presenter') return <PresenterView story={story} text={text} {...shared} />;
  return <RoomView story={story} text={text} direction={direction} textScale={TEXT_SIZES[textSize] ?? 1} {...shared} />;
}
