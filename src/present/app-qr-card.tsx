/** "Pasang aplikasi" on the wall: the app's address as a QR code for the room to scan (ui/app-qr, loaded on opening). */
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../ui/use-modal-dialog';

const AppQr = lazy(() => import('../ui/app-qr/app-qr').then((module) => ({ default: module.AppQr })));

export function AppQrCard({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return (
    <dialog ref={dialog} className="present-help present-app-qr" aria-labelledby="present-app-qr-title" onClose={onClose}>
      <h2 id="present-app-qr-title">{t('present.app-qr')}</h2>
      <Suspense fallback={<p>{t('app.loading')}</p>}>
        <AppQr titleId="present-app-qr-title" />
      </Suspense>
      <button type="button" className="present-button" onClick={onClose}>
        {t('app.close')}
      </button>
    </dialog>
  );
}
