/** The live check, run a moment after the story stops changing (typing does not re-check on every key). */
import { useEffect, useState } from 'react';
import type { Problem } from '../../story/problem';
import type { Story, Translation } from '../../story/schema';
import { checkDraft } from './live-check';

const DELAY_MS = 250;

export function useLiveCheck(story: Story, translations: readonly Translation[]): Problem[] | null {
  const [problems, setProblems] = useState<Problem[] | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setProblems(checkDraft(story, translations)), DELAY_MS);
    return () => clearTimeout(timer);
  }, [story, translations]);
  return problems;
}
