/**
 * Facilitator mode: a story projected for a group. `room` is the projected screen, `presenter` the facilitator's own
 * window; both load the story the same way the reader does (or say what is wrong with it) and share one session.
 */
import { storyNamespace, useNamespaceDirection, useNamespaceText } from '../content/text';
import type { Story } from '../story/schema';
import { TEXT_SIZES, useSettings } from '../store/settings';
import { WithStory } from '../ui/with-story';
import { PresenterView } from './presenter-view';
import { RoomView } from './room-view';
import { useSharedSession } from './use-session';
import './present.css';

type View = 'room' | 'presenter';

export function PresentScreen({ storyId, view }: { storyId: string; view: View }) {
  return (
    <WithStory storyId={storyId} place="present">
      {(loaded) => <LoadedSession key={`${storyId}/${view}`} story={loaded.story} view={view} />}
    </WithStory>
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
