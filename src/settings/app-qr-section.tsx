/** "Bagikan aplikasi ini": the app's address as a QR code, shown on request (ui/app-qr loads only then). */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addAppQrWords } from '../ui/app-qr/app-qr-words';

const AppQr = lazy(() => import('../ui/app-qr/app-qr').then((module) => ({ default: module.AppQr })));

export function AppQrSection() {
  const { t, i18n } = useTranslation();
  useState(() => addAppQrWords(i18n));
  const [shown, setShown] = useState(false);
  return (
    <section className="settings-app-qr" aria-labelledby="settings-app-qr-title">
      <h2 id="settings-app-qr-title">{t('settings.app-qr-title')}</h2>
      {shown ? (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <AppQr />
        </Suspense>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setShown(true)}>
          {t('settings.app-qr-show')}
        </button>
      )}
    </section>
  );
}
