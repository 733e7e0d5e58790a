/**
 * "New lesson!" while reading. The lessons learned at one step (a choice, a scene, an ending) show together in one
 * small strip under the reader's bar, in the page's flow: it covers no balloon and no button, and lessons learned while
 * it shows join it instead of queueing behind it. A tap on it puts it away; it also goes by itself after a few seconds,
 * and with the story, since it belongs to the reading screen (nothing is left to pop up over the library). A status
 * region announces it without taking the focus.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { artUrl } from '../content/bundled';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import { useCatalog } from '../content/use-catalog';
import { lessonKeys } from '../story/strings';
import { useLessons } from '../store/lessons';
import { isFollowingOtherTab } from '../store/safe-storage';
import './lesson-toast.css';

const SHOW_MS = 6000;
/** More lessons than this at once is an import or a restore, not a moment to celebrate. */
const MOST_AT_ONCE = 3;

/** `quiet`: an ending lists its lessons itself, so the toast gives way there (and lets the ending's text stay put). */
export function LessonToast({ quiet }: { quiet: boolean }) {
  const { t } = useTranslation();
  const text = useNamespaceText(LESSONS_NAMESPACE);
  const [shown, setShown] = useState<string[]>([]);
  // Bumped by every lesson that joins: the toast then stays its full time from the last one.
  const [joined, setJoined] = useState(0);
  const [wanted, setWanted] = useState(false);
  const catalog = useCatalog(wanted);
  // The catalog is read once the reader is idle, not when the first lesson comes: a strip that arrived a moment after
  // its step would push the panel down under a finger already on its way.
  useEffect(() => {
    // (Safari before 18 has no idle callbacks.)
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setWanted(true), 500);
      return () => clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(() => setWanted(true), { timeout: 2000 });
    return () => window.cancelIdleCallback(idle);
  }, []);
  useEffect(
    () =>
      useLessons.subscribe((state, previous) => {
        // Lessons learned in another tab arrive here too: they were celebrated there, not here.
        if (isFollowingOtherTab()) return;
        const fresh = Object.keys(state.completed).filter((id) => !previous.completed[id]);
        if (fresh.length === 0 || fresh.length > MOST_AT_ONCE) return;
        setWanted(true);
        setShown((current) => [...current, ...fresh.filter((id) => !current.includes(id))]);
        setJoined((count) => count + 1);
      }),
    [],
  );
  useEffect(() => {
    if (joined === 0) return;
    const timer = window.setTimeout(() => setShown([]), SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [joined]);
  const lessons = catalog.status === 'ready' && !quiet ? shown.flatMap((id) => catalog.lessons.filter((lesson) => lesson.id === id)) : [];
  const dismiss = () => setShown([]);
  return (
    <div className="lesson-toast-region" role="status" aria-live="polite">
      {lessons[0] ? (
        // The close button is the way for keys and screen readers; a finger may tap anywhere on the strip.
        <div className="celebration" onClick={dismiss}>
          <img src={artUrl('lessons', lessons[0].icon)} alt="" width={40} height={40} />
          <p>
            <strong>{lessons.length === 1 ? t('lessons.new') : t('lessons.new-many', { count: lessons.length })}</strong>{' '}
            <span className="celebration-names">{lessons.map((lesson) => text(lessonKeys.title(lesson.id), lesson.title)).join(' · ')}</span>
          </p>
          <button type="button" className="celebration-close" onClick={dismiss}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t('app.close')}</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
