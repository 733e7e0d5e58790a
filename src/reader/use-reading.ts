/**
 * The reader's link between the pure engine and the stores: restores the saved position, applies the reader's
 * steps, saves every step at once (so a reload or an update never loses the place) and records lessons and endings.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { back, beatOf, choose, next, readingFraction, restore, start, undoChoice, type Beat, type ReadingState } from '../engine';
import type { Story } from '../story/schema';
import { useLessons } from '../store/lessons';
import { useNotices } from '../store/notices';
import { useProgress } from '../store/progress';

export interface Reading {
  state: ReadingState;
  beat: Beat;
  progress: number;
  canGoBack: boolean;
  hasChoice: boolean;
  next: () => void;
  back: () => void;
  choose: (choiceId: string) => void;
  undoChoice: () => void;
  restart: () => void;
}

export function useReading(story: Story): Reading {
  const [restored] = useState(() => restore(story, useProgress.getState().saves[story.id]));
  const [state, setState] = useState<ReadingState>(restored.state);
  useEffect(() => {
    if (restored.status === 'repaired') useNotices.getState().add('notice.position-repaired');
  }, [restored]);

  const commit = useCallback(
    (nextState: ReadingState) => {
      setState(nextState);
      useProgress.getState().save(story.id, nextState);
    },
    [story.id],
  );

  useEffect(() => {
    // commit() has saved each step already; this saves the restored place when the story opens.
    if (useProgress.getState().saves[story.id] !== state) useProgress.getState().save(story.id, state);
    useLessons.getState().complete(state.lessons, story.id);
    if (state.at.kind === 'ending') {
      const beat = beatOf(story, state);
      if (beat.kind === 'ending') useProgress.getState().reachEnding(story.id, beat.endingId);
    }
  }, [story, state]);

  const beat = useMemo(() => beatOf(story, state), [story, state]);
  const progress = useMemo(() => readingFraction(story, state), [story, state]);

  return {
    state,
    beat,
    progress,
    canGoBack: back(story, state) !== state,
    hasChoice: state.path.some((step) => step.choice !== undefined),
    next: () => commit(next(story, state)),
    back: () => commit(back(story, state)),
    choose: (choiceId) => {
      const result = choose(story, state, choiceId);
      if (result.ok) commit(result.state);
    },
    undoChoice: () => commit(undoChoice(story, state)),
    restart: () => commit(start(story)),
  };
}
