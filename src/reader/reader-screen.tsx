/** The reading screen: loads the story (or says exactly what is wrong with it) and shows the current beat. */
import { storyNamespace, useNamespaceDirection, useNamespaceText } from '../content/text';
import type { Story } from '../story/schema';
import { TEXT_SIZES, useSettings } from '../store/settings';
import { WithStory } from '../ui/with-story';
import { ReadingView } from './reading-view';
import './reader.css';

export function ReaderScreen({ storyId }: { storyId: string }) {
  return (
    <WithStory storyId={storyId} place="reader">
      {(loaded) => <LoadedReader key={storyId} story={loaded.story} />}
    </WithStory>
  );
}

function LoadedReader({ story }: { story: Story }) {
  const text = useNamespaceText(storyNamespace(story.id));
  const direction = useNamespaceDirection(storyNamespace(story.id));
  const textSize = useSettings((settings) => settings.textSize);
  return <ReadingView story={story} text={text} direction={direction} textScale={TEXT_SIZES[textSize] ?? 1} />;
}
