/**
 * The reader's way into listen mode: a small button in the reader's bar, and the controls, whose code (the player,
 * the recordings, the voices) loads only the first time a reader asks to listen.
 */
import { lazy, Suspense } from 'react';
import type { Beat } from '../../engine';
import type { Story } from '../../story/schema';
import { useListenWords } from '../../comic/listen/words';

const ListenPanel = lazy(() => import('./listen-panel').then((module) => ({ default: module.ListenPanel })));

export function ListenButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const t = useListenWords();
  return (
    <button type="button" className="reader-view-toggle reader-listen" aria-pressed={open} onClick={onToggle}>
      {/* Drawn, not an emoji: the app's font has no speaker, and a phone without one would show a box. */}
      <svg className="reader-listen-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
        <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="reader-listen-label">{t('listen.open')}</span>
    </button>
  );
}

export function ListenControls(props: { story: Story; beat: Beat; onNext: () => void; onBack: () => void; onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <ListenPanel {...props} />
    </Suspense>
  );
}
