/**
 * The session's time and the current scene's, as m:ss, ticking once a second; pause stops both (a break, a long
 * discussion that should not count), reset starts both again.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentEvent, PresentSession } from './session';

export const clock = (ms: number) => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

export function PresenterTimer({ session, dispatch }: { session: PresentSession; dispatch: (event: PresentEvent) => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const until = session.pausedAt ?? now;
  const total = until - session.startedAt;
  const scene = until - session.sceneSince;
  const paused = session.pausedAt !== null;
  return (
    <div className={`presenter-timer${paused ? ' presenter-timer-paused' : ''}`}>
      <span className="visually-hidden">{t('present.timer')} </span>
      <time dateTime={`PT${Math.max(0, Math.floor(total / 1000))}S`}>{clock(total)}</time>
      <span className="presenter-scene-time">
        {t('present.scene-time')} <time dateTime={`PT${Math.max(0, Math.floor(scene / 1000))}S`}>{clock(scene)}</time>
      </span>
      <button
        type="button"
        className="present-button"
        aria-pressed={paused}
        onClick={() => dispatch({ type: paused ? 'timer-resume' : 'timer-pause', at: Date.now() })}
      >
        {t('present.timer-pause')}
      </button>
      <button type="button" className="present-button" onClick={() => dispatch({ type: 'timer-reset', at: Date.now() })}>
        {t('present.timer-reset')}
      </button>
    </div>
  );
}
