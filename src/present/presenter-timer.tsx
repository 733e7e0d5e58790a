/** Time since the session (or the last reset) began, as m:ss, ticking once a second. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function PresenterTimer({ startedAt, onReset }: { startedAt: number; onReset: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  const shown = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <div className="presenter-timer">
      <span className="visually-hidden">{t('present.timer')} </span>
      <time dateTime={`PT${seconds}S`}>
        {shown}
      </time>
      <button type="button" className="present-button" onClick={onReset}>
        {t('present.timer-reset')}
      </button>
    </div>
  );
}
