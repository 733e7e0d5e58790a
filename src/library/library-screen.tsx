/** The library: every bundled story as a cover, with its length, languages and the reader's progress. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundledStoryIds } from '../content/bundled';
import { loadBundledStory, type StoryLoad } from '../content/load-story';
import { registerStory } from '../content/text';
import { StoryCard } from './story-card';
import './library.css';

export function LibraryScreen() {
  const { t } = useTranslation();
  const [stories, setStories] = useState<{ id: string; load: StoryLoad }[] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(bundledStoryIds.map(async (id) => ({ id, load: await loadBundledStory(id) }))).then((loaded) => {
      if (!live) return;
      for (const { load } of loaded) if (load.ok) registerStory(load.value.story, load.value.translations);
      setStories(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">{t('library.title')}</h1>
      <p className="library-intro">{t('library.intro')}</p>
      {stories === null ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <ul className="story-list">
          {stories.map(({ id, load }) => (
            <li key={id}>
              <StoryCard storyId={id} load={load} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
