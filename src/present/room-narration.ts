/**
 * The story's narration on the projector's audio: L (or the toolbar's button) plays it from the start of what is on
 * the wall and stops it. Once playing it reads each beat the facilitator turns to, and never turns a page itself.
 * The recordings, when the story has them in the room's language, are stored first (they play offline afterwards);
 * without them the computer's own voice reads, as in the reader's listen mode.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beatKey } from '../comic/listen/script';
import { useListen } from '../comic/listen/use-listen';
import { readingLanguage, useDeviceVoices, useRecordings } from '../comic/listen/use-sources';
import { useListenWords } from '../comic/listen/words';
import type { Beat } from '../engine';
import type { Story } from '../story/schema';
import { useListenSettings } from '../store/listen';

export function useRoomNarration(story: Story, beatNow: Beat) {
  // The session gives a new beat object each render: the one held changes only when the wall shows another beat, so
  // the words being said are not started again.
  const [beat, setBeat] = useState(beatNow);
  if (beatKey(beat) !== beatKey(beatNow)) setBeat(beatNow);
  useListenWords();
  const { i18n } = useTranslation();
  const { found, start } = useRecordings(story.id, readingLanguage(i18n, story));
  const voices = useDeviceVoices();
  const stored = found?.stored ?? false;
  const listen = useListen({
    story,
    beat,
    i18n,
    recordings: found?.recordings ?? null,
    stored,
    voices,
    onNext: noTurn,
    stage: '.present-stage',
    autoAdvance: false,
  });
  const on = listen.state.status === 'playing' || listen.state.status === 'waiting';
  const { toggle, stop, wake } = listen;
  const play = useCallback(async () => {
    if (on) return stop();
    if (!useListenSettings.getState().sound) return;
    // The key press is the gesture the browser wants before it plays sound: the audio wakes here, before any download.
    wake();
    if (found && found.recordings.bytes > 0 && !found.stored) await start();
    toggle();
  }, [on, found, toggle, stop, wake, start]);
  return { on, status: listen.state.status, problem: listen.problem, play };
}

function noTurn(): void {}
