/**
 * Before the pictures are downloaded (about 5 MB; data is expensive): the first visit's library says how big they are
 * and lets the reader choose all stories now, or each picture as they read. The choice is kept (settings), and
 * storing can be finished later from Settings (storage-section.tsx) if the connection drops.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canStoreArt, fetchArtList, storeAllArt, type ArtList } from '../content/art-cache';
import { formatBytes } from '../ui/bytes';
import { useSettings } from '../store/settings';

export function DownloadChoice() {
  const { t, i18n } = useTranslation();
  const download = useSettings((settings) => settings.download);
  const update = useSettings((settings) => settings.update);
  const [list, setList] = useState<ArtList | null>(null);
  const [saving, setSaving] = useState<number | null>(null);
  const [result, setResult] = useState<'done' | 'partial' | null>(null);
  useEffect(() => {
    if (download !== 'ask' || !canStoreArt()) return;
    let live = true;
    void fetchArtList().then((found) => live && setList(found));
    return () => {
      live = false;
    };
  }, [download]);
  if (result) {
    return (
      <p className="download-choice download-result" role="status">
        {result === 'done' ? t('download.done') : t('download.partial')}
      </p>
    );
  }
  if (download !== 'ask' || !list) return null;
  const size = formatBytes(list.bytes, i18n.language);
  const all = () => {
    setSaving(0);
    void storeAllArt(list, setSaving).then((ok) => {
      update({ download: 'all' });
      setResult(ok ? 'done' : 'partial');
    });
  };
  return (
    <section className="download-choice" aria-labelledby="download-title">
      <h2 id="download-title">{t('download.title')}</h2>
      <p>{t('download.body', { size })}</p>
      {saving === null ? (
        <div className="download-actions">
          <button type="button" className="button-primary" onClick={all}>
            {t('download.all', { size })}
          </button>
          <button type="button" className="button-secondary" onClick={() => update({ download: 'reading' })}>
            {t('download.reading')}
          </button>
        </div>
      ) : (
        <p role="status">{t('download.saving', { percent: Math.round(saving * 100) })}</p>
      )}
    </section>
  );
}
