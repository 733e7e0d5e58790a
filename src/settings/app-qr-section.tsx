/** "Bagikan aplikasi ini": the app's address as a QR code, shown on request (ui/app-qr loads only then). */
import { lazy, Suspense, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { addAppQrWords } from '../ui/app-qr/app-qr-words';

const AppQr = lazy(() => import('../ui/app-qr/app-qr').then((module) => ({ default: module.AppQr })));

export function AppQrSection() {
  const { t, i18n } = useTranslation();
  useState(() => addAppQrWords(i18n));
  const [shown, setShown] = useState(false);
  const code = useRef<HTMLDivElement>(null);
  return (
    <section className="settings-app-qr" aria-labelledby="settings-app-qr-title">
      <h2 id="settings-app-qr-title">{t('settings.app-qr-title')}</h2>
      {shown ? (
        <div ref={code} tabIndex={-1} aria-labelledby="settings-app-qr-title">
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <AppQr />
            <Revealed region={code} />
          </Suspense>
        </div>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setShown(true)}>
          {t('settings.app-qr-show')}
        </button>
      )}
    </section>
  );
}

/**
 * Once the code is there: it is the last thing on a long screen, below the phone's fold, and the button pressed is
 * gone, so the code is scrolled into view and takes the focus the button had.
 */
function Revealed({ region }: { region: RefObject<HTMLDivElement | null> }) {
  useLayoutEffect(() => {
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    region.current?.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    region.current?.focus({ preventScroll: true });
  }, [region]);
  return null;
}
