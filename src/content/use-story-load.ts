/**
 * A bundled story for a screen (reader, present, print, a story card): loaded with its text registered, or what is
 * wrong with it. A story fetched ahead is there in the first render. A file that could not be fetched can be tried
 * again (retry): the loader does not remember such a failure (load-story.ts). The loader is fetched only when a
 * story is (the library shows before it), and nothing is loaded while `wanted` is false.
 */
import { useEffect, useState } from 'react';
import { settledStory } from './loaded-stories';
import type { StoryLoad } from './story-bundle';
import { registerStory } from './text';

export function useStoryLoad(storyId: string, wanted = true): { load: StoryLoad | null; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const key = `${storyId}/${attempt}`;
  const [found, setFound] = useState<{ key: string; load: StoryLoad } | null>(() => {
    const settled = settledStory(storyId);
    return settled ? { key, load: withText(settled) } : null;
  });
  useEffect(() => {
    if (!wanted || found?.key === key) return;
    let live = true;
    void import('./load-story')
      .then(({ loadBundledStory }) => loadBundledStory(storyId))
      .then((result) => {
        if (live) setFound({ key, load: withText(result) });
      });
    return () => {
      live = false;
    };
  }, [storyId, key, found, wanted]);
  return { load: found?.key === key ? found.load : null, retry: () => setAttempt((count) => count + 1) };
}

/** Registers a loaded story's text with i18next before anything renders it. */
function withText(load: StoryLoad): StoryLoad {
  if (load.ok) registerStory(load.value.story, load.value.translations);
  return load;
}
