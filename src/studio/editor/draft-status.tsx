/** Whether the last change is stored, in words; a full phone or a failed write is said plainly (an alert). */
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../drafts/autosave';

export function DraftStatus({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const trouble = status === 'full' || status === 'failed';
  return (
    <p className={trouble ? 'studio-status studio-status-bad' : 'studio-status'} role={trouble ? 'alert' : 'status'}>
      {t(`studio.status-${status}`)}
    </p>
  );
}
