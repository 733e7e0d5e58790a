/** The reading screen: loads the story (or says exactly what is wrong with it) and shows the current beat. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadBundledStory, settledStory, type StoryLoad } from '../content/load-story';
import { registerStory, storyNamespace, useNamespaceText } from '../content/text';
import type { Story } from '../story/schema';
import { TEXT_SIZES, useSettings } from '../store/settings';
import { StoryProblems } from '../ui/story-problems';
import { ReadingView } from './reading-view';
import './reader.css';

export function ReaderScreen({ storyId }: { storyId: string }) {
  const { t } = useTranslation();
  // A story fetched ahead (the entry starts it when the app opens at a story) is shown in the first render.
  const [load, setLoad] = useState<StoryLoad | null>(() => withText(settledStory(storyId) ?? null));
  useEffect(() => {
    if (load) return;
    let live = true;
    void loadBundledStory(storyId).then((result) => {
      if (live) setLoad(withText(result));
    });
    return () => {
      live = false;
    };
  }, [storyId, load]);
  if (!load) return <p className="loading" role="status">{t('app.loading')}</p>;
  if (!load.ok) return <StoryProblems file={load.file} problems={load.problems} />;
  return <LoadedReader key={storyId} story={load.value.story} />;
}

/** Registers a loaded story's text with i18next before anything renders it. */
function withText(load: StoryLoad | null): StoryLoad | null {
  if (load?.ok) registerStory(load.value.story, load.value.translations);
  return load;
}

function LoadedReader({ story }: { story: Story }) {
  const text = useNamespaceText(storyNamespace(story.id));
  const textSize = useSettings((settings) => settings.textSize);
  return <ReadingView story={story} text={text} textScale={TEXT_SIZES[textSize] ?? 1} />;
}
