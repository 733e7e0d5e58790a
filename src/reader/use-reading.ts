/**
 * The reader's link between the pure engine and the stores: restores the saved position, applies the reader's
 * steps, saves every step at once (so a reload or an update never loses the place) and records lessons and endings.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { back, beatOf, choose, next, readingFraction, restore, start, undoChoice, type Beat, type ReadingState } from '../engine';
import type { Story } from '../story/schema';
import { useLessons } from '../store/lessons';
import { useNotices } from '../store/notices';
import { useProgress } from '../store/progress';

/** A panel of the story, by scene and ID. */
export interface PanelAt {
  sceneId: string;
  panelId: string;
}

export interface Reading {
  state: ReadingState;
  beat: Beat;
  /** The panels one step back and one step on, when those steps are panels: guided view keeps them ready. */
  around: { behind: PanelAt | null; ahead: PanelAt | null };
  progress: number;
  canGoBack: boolean;
  hasChoice: boolean;
  next: () => void;
  back: () => void;
  choose: (choiceId: string) => void;
  undoChoice: () => void;
  restart: () => void;
  /** Reads on from another place of the story (the story map: a scene gone back to, the bookmark). */
  goTo: (state: ReadingState) => void;
}

export function useReading(story: Story): Reading {
  const [restored] = useState(() => restore(story, useProgress.getState().saves[story.id]));
  const [state, setState] = useState<ReadingState>(restored.state);
  // The place last stepped to: guided view renders a tap's step in a transition (guided-view.tsx), and a step taken
  // before that render goes on from the place it will show, not from the one rendered.
  const latest = useRef(state);
  useEffect(() => {
    if (restored.status === 'repaired') useNotices.getState().add('notice.position-repaired');
  }, [restored]);

  const commit = useCallback(
    (nextState: ReadingState) => {
      latest.current = nextState;
      setState(nextState);
      useProgress.getState().save(story.id, nextState);
    },
    [story.id],
  );

  useEffect(() => {
    // commit() has saved each step already; this saves the restored place when the story opens, unless it is the place
    // saved (saving it again would make it the newest place of this story, over one another tab saved since).
    if (JSON.stringify(useProgress.getState().saves[story.id]) !== JSON.stringify(state)) useProgress.getState().save(story.id, state);
    useLessons.getState().complete(state.lessons, story.id);
    if (state.at.kind === 'ending') {
      const beat = beatOf(story, state);
      if (beat.kind === 'ending') useProgress.getState().reachEnding(story.id, beat.endingId);
    }
  }, [story, state]);

  const beat = useMemo(() => beatOf(story, state), [story, state]);
  const progress = useMemo(() => readingFraction(story, state), [story, state]);
  const behindState = useMemo(() => back(story, state), [story, state]);
  const around = useMemo(
    () => ({ behind: behindState === state ? null : panelOf(story, behindState), ahead: panelOf(story, next(story, state)) }),
    [story, state, behindState],
  );

  return {
    state,
    beat,
    around,
    progress,
    canGoBack: behindState !== state,
    hasChoice: state.path.some((step) => step.choice !== undefined),
    next: () => commit(next(story, latest.current)),
    back: () => commit(back(story, latest.current)),
    choose: (choiceId) => {
      const result = choose(story, state, choiceId);
      if (result.ok) commit(result.state);
    },
    undoChoice: () => commit(undoChoice(story, state)),
    restart: () => commit(start(story)),
    goTo: (place) => commit(restore(story, place).state),
  };
}

function panelOf(story: Story, state: ReadingState): PanelAt | null {
  const beat = beatOf(story, state);
  return beat.kind === 'panel' ? { sceneId: beat.sceneId, panelId: beat.panelId } : null;
}
