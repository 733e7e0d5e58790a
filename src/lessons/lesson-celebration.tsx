/**
 * Celebrates a lesson the moment it is learned, wherever the reader is. Watches the lessons store only; the toast
 * itself (and the animation code it needs) is fetched the first time there is something to celebrate.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useCatalog } from '../content/use-catalog';
import { useLessons } from '../store/lessons';
import { isFollowingOtherTab } from '../store/safe-storage';
import { loadOrReload } from '../content/missing-files';

const SHOW_MS = 4000;
const CelebrationToast = lazy(() => loadOrReload(() => import('./celebration-toast')));

export function LessonCelebration() {
  // Lessons learned in one step are celebrated together, one toast per step.
  const [queue, setQueue] = useState<string[][]>([]);
  const [celebrated, setCelebrated] = useState(false);
  if (queue.length > 0 && !celebrated) setCelebrated(true);
  // The catalog (titles, icons) is loaded only once there is something to celebrate.
  const catalog = useCatalog(celebrated);
  useEffect(
    () =>
      useLessons.subscribe((state, previous) => {
        // Lessons learned in another tab arrive here too: they were celebrated there, not here.
        if (isFollowingOtherTab()) return;
        const fresh = Object.keys(state.completed).filter((id) => !previous.completed[id]);
        // A reset or an import is not a moment to celebrate; a lesson or two just learned is.
        if (fresh.length > 0 && fresh.length <= 3) setQueue((current) => [...current, fresh]);
      }),
    [],
  );
  const current = queue[0];
  useEffect(() => {
    if (!current) return;
    const timer = window.setTimeout(() => setQueue((items) => items.slice(1)), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [current]);
  const lessons = catalog.status === 'ready' && current ? catalog.lessons.filter((item) => current.includes(item.id)) : [];
  return (
    <div className="celebration-region" role="status" aria-live="polite">
      {/* Once shown, the toast stays mounted, so it can animate its way out. */}
      {celebrated ? (
        <Suspense fallback={null}>
          <CelebrationToast lessons={lessons} stepKey={current?.join(' ') ?? ''} onClose={() => setQueue((items) => items.slice(1))} />
        </Suspense>
      ) : null}
    </div>
  );
}
