import { useTranslation } from 'react-i18next';
import { useNotices, type NoticeAction } from '../store/notices';
import { datedFileName, downloadFile } from '../ui/download';

/**
 * Notices the reader should see once (saved data set aside, storage full), each with what they can do about it. The
 * live region is always there, empty until the first notice: a screen reader announces only changes to a region it
 * already knows.
 */
export function NoticeList() {
  const { t } = useTranslation();
  const notices = useNotices((state) => state.notices);
  const dismiss = useNotices((state) => state.dismiss);
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{t(notice.key, notice.params ?? {})}</span>
          {notice.action ? (
            <button type="button" onClick={() => act(notice.action!)}>
              {t(`notice.${notice.action.kind}`)}
            </button>
          ) : null}
          <button type="button" onClick={() => dismiss(notice.id)}>
            {t('app.ok')}
          </button>
        </p>
      ))}
    </div>
  );
}

function act(action: NoticeAction): void {
  if (action.kind === 'reload') window.location.reload();
  else if (action.kind === 'save-copy') downloadFile(datedFileName('saved-data'), localStorage.getItem(action.name) ?? '');
  // Fetched when asked for: the settings screen's code is not part of the first screen.
  else
    void import('../settings/progress-transfer').then(({ exportProgress }) =>
      downloadFile(datedFileName('progress'), JSON.stringify(exportProgress(), null, 2)),
    );
}
