/**
 * The step a reader asked for before the app ran: on a first visit to a story, the page's own first panel
 * (tools/vite-first-screens.ts) keeps a tap on "next" in <html data-early-step="next <story>">, as the app's code may
 * take seconds to start on a slow phone after the panel shows. The reader takes that step once, when it opens that
 * story at its start; any other screen or place drops it.
 */
import { useEffect } from 'react';

const ATTRIBUTE = 'data-early-step';

export function useEarlyStep(storyId: string, atStart: boolean, onNext: () => void): void {
  useEffect(() => {
    const root = document.documentElement;
    const asked = root.getAttribute(ATTRIBUTE);
    if (asked === null) return;
    root.removeAttribute(ATTRIBUTE);
    if (asked === `next ${storyId}` && atStart) onNext();
    // Once, when the reader first shows: the step was asked of the first panel it shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
