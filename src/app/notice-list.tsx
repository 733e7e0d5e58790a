import { useTranslation } from 'react-i18next';
import { useNotices } from '../store/notices';

/** Notices the reader should see once: saved data set aside, a position that moved. */
export function NoticeList() {
  const { t } = useTranslation();
  const notices = useNotices((state) => state.notices);
  const dismiss = useNotices((state) => state.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{t(notice.key, notice.params ?? {})}</span>
          <button type="button" onClick={() => dismiss(notice.id)}>
            {t('app.ok')}
          </button>
        </p>
      ))}
    </div>
  );
}
