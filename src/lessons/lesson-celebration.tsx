/** Celebrates a lesson the moment it is learned, wherever the reader is. Watches the lessons store only. */
import { AnimatePresence, m } from 'framer-motion';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { artUrl } from '../content/bundled';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import { useCatalog } from '../content/use-catalog';
import { lessonKeys } from '../story/strings';
import { useLessons } from '../store/lessons';

const SHOW_MS = 4000;

export function LessonCelebration() {
  const { t } = useTranslation();
  const text = useNamespaceText(LESSONS_NAMESPACE);
  // Lessons learned in one step are celebrated together, one toast per step.
  const [queue, setQueue] = useState<string[][]>([]);
  // The catalog (titles, icons) is loaded only once there is something to celebrate.
  const catalog = useCatalog(queue.length > 0);
  useEffect(
    () =>
      useLessons.subscribe((state, previous) => {
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
  const lesson = lessons[0];
  return (
    <div className="celebration-region" role="status" aria-live="polite">
      <AnimatePresence mode="wait">
        {lesson ? (
          <m.div
            key={current!.join(' ')}
            className="celebration"
            initial={{ opacity: 0, y: -40, scale: 0.8 }}
            animate={{ opacity: 1, y: 0, scale: [0.8, 1.08, 1] }}
            exit={{ opacity: 0, y: -20 }}
            transition={{ duration: 0.5 }}
          >
            <img src={artUrl('lessons', lesson.icon)} alt="" width={48} height={48} />
            <span>
              <strong>{t('lessons.new')}</strong> {lessons.map((item) => text(lessonKeys.title(item.id), item.title)).join(' · ')}
            </span>
            <button type="button" className="celebration-close" onClick={() => setQueue((items) => items.slice(1))}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t('app.close')}</span>
            </button>
          </m.div>
        ) : null}
      </AnimatePresence>
    </div>
  );
}
