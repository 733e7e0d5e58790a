/** The reading screen: loads the story (or says exactly what is wrong with it) and shows the current beat. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadBundledStory, type StoryLoad } from '../content/load-story';
import { registerStory, storyNamespace, useNamespaceText } from '../content/text';
import type { Story } from '../story/schema';
import { TEXT_SIZES, useSettings } from '../store/settings';
import { StoryProblems } from '../ui/story-problems';
import { ReadingView } from './reading-view';
import './reader.css';

export function ReaderScreen({ storyId }: { storyId: string }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<StoryLoad | null>(null);
  useEffect(() => {
    let live = true;
    setLoad(null);
    void loadBundledStory(storyId).then((result) => {
      if (!live) return;
      if (result.ok) registerStory(result.value.story, result.value.translations);
      setLoad(result);
    });
    return () => {
      live = false;
    };
  }, [storyId]);
  if (!load) return <p className="loading" role="status">{t('app.loading')}</p>;
  if (!load.ok) return <StoryProblems file={load.file} problems={load.problems} />;
  return <LoadedReader key={storyId} story={load.value.story} />;
}

function LoadedReader({ story }: { story: Story }) {
  const text = useNamespaceText(storyNamespace(story.id));
  const textSize = useSettings((settings) => settings.textSize);
  return <ReadingView story={story} text={text} textScale={TEXT_SIZES[textSize] ?? 1} />;
}
