/** The live check, run a moment after the story stops changing (typing does not re-check on every key). */
import { useEffect, useState } from 'react';
import type { Story, Translation } from '../../story/schema';
import { checkDraftForPlay, type DraftCheck } from './live-check';

const DELAY_MS = 250;

/** The check of the story as it was a moment ago (null before the first), with that story: problems are placed in it. */
export type LiveCheck = DraftCheck & { story: Story };

export function useLiveCheck(story: Story, translations: readonly Translation[]): LiveCheck | null {
  const [check, setCheck] = useState<LiveCheck | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setCheck({ ...checkDraftForPlay(story, translations), story }), DELAY_MS);
    return () => clearTimeout(timer);
  }, [story, translations]);
  return check;
}
