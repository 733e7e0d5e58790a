/**
 * The service worker, registered by the app so it can ask before updating. A new version is announced with a small
 * prompt; only the reader's own "Update" reloads the page, and only after their progress is written (a reader
 * mid-story is never reloaded by surprise, not even when another tab accepts the update). Long sessions look for
 * a new version now and then, and when the phone comes back online or the app to the front.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { writeAllNow } from '../store/write-now';
import { QuietUpdateRegion } from './quiet-update-region';

const CHECK_EVERY_MS = 30 * 60 * 1000;
const CHECK_AT_MOST_EVERY_MS = 5 * 60 * 1000;

export function UpdatePrompt({ reading }: { reading: boolean }) {
  const { t } = useTranslation();
  const accepted = useRef(false);
  const registration = useRef<ServiceWorkerRegistration | null>(null);
  const [state, setState] = useState<'idle' | 'updating' | 'not-saved'>('idle');
  // workbox-window may announce one new version twice (its "installed", then "waiting" 200 ms later): the version a
  // reader put off with "Later" stays put off, and only a newer one asks again.
  const [announced, setAnnounced] = useState<ServiceWorker | null>(null);
  const [putOff, setPutOff] = useState<ServiceWorker | null>(null);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // This code comes once the page has loaded and gone quiet (update-region.tsx): the first visit's saving of the app
    // for offline use does not compete with its start.
    immediate: false,
    onRegisteredSW: (_url, found) => {
      registration.current = found ?? null;
    },
    onNeedRefresh: () => setAnnounced(registration.current?.waiting ?? null),
    // The new version has taken over. Reload only if this reader asked for it; otherwise the prompt stays.
    onNeedReload: () => {
      if (accepted.current) window.location.reload();
    },
  });
  useKeepChecking(registration);

  if (!needRefresh || (announced !== null && announced === putOff)) return <QuietUpdateRegion />;

  const accept = () => {
    // Everything is already saved at each step; write once more and check, and never reload if it did not stick.
    if (!writeAllNow()) {
      setState('not-saved');
      return;
    }
    accepted.current = true;
    setState('updating');
    // Another tab may have taken the update already: then there is nothing waiting, and a reload is enough.
    if (!registration.current?.waiting) {
      window.location.reload();
      return;
    }
    void updateServiceWorker(true);
    // Should the new version not take over (it always does here), the reader who asked still gets a reload.
    window.setTimeout(() => window.location.reload(), 10_000);
  };

  return (
    <div className={reading ? 'update-region update-region-reading' : 'update-region'} role="status" aria-live="polite">
      <div className="update-prompt">
        <p>{state === 'not-saved' ? t('update.not-saved') : t('update.ready')}</p>
        <div className="update-actions">
          <button type="button" className="update-now" onClick={accept} disabled={state === 'updating'}>
            {state === 'updating' ? t('update.updating') : t('update.now')}
          </button>
          <button
            type="button"
            className="update-later"
            onClick={() => {
              setPutOff(announced);
              setNeedRefresh(false);
            }}
            disabled={state === 'updating'}
          >
            {t('update.later')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Asks the server for a new version every half hour, and when the app comes back to the front or online. */
function useKeepChecking(registration: { current: ServiceWorkerRegistration | null }): void {
  useEffect(() => {
    let last = Date.now();
    const check = (force: boolean) => {
      const found = registration.current;
      if (!found || found.installing || !navigator.onLine) return;
      if (!force && Date.now() - last < CHECK_AT_MOST_EVERY_MS) return;
      last = Date.now();
      found.update().catch(() => {
        // Offline or the server is away: try again later.
      });
    };
    const timer = window.setInterval(() => check(true), CHECK_EVERY_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') check(false);
    };
    const onOnline = () => check(false);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onOnline);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onOnline);
    };
  }, [registration]);
}
