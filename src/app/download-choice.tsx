/**
 * Before the pictures are downloaded (about 5 MB; data is expensive): the first visit's library says how big they are
 * and lets the reader choose all stories now, or each picture as they read. The choice is kept (settings), and
 * storing can be finished later from Settings (storage-section.tsx) if the connection drops.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canStoreArt, fetchArtList, storeAllArt, type ArtList } from '../content/art-cache';
import offlineBytes from 'virtual:komik-saku/offline-bytes';
import { formatBytes } from '../ui/bytes';
import { useSettings } from '../store/settings';

export function DownloadChoice() {
  const { t, i18n } = useTranslation();
  const download = useSettings((settings) => settings.download);
  const update = useSettings((settings) => settings.update);
  // Asked on a first visit, when the page's own HTML shows the library: the notice is in that HTML too, with the size
  // counted at build time until the list of pictures arrives, so it does not push the stories down (issue 21: CLS 0.28).
  // At build time there is no browser to ask; a first visit's browser nearly always can store the pictures.
  const [storable] = useState(() => typeof window === 'undefined' || canStoreArt());
  const [list, setList] = useState<ArtList | 'loading' | null>('loading');
  const [saving, setSaving] = useState<number | null>(null);
  const [result, setResult] = useState<'done' | 'partial' | null>(null);
  useEffect(() => {
    if (download !== 'ask' || !storable) return;
    let live = true;
    void fetchArtList().then((found) => live && setList(found));
    return () => {
      live = false;
    };
  }, [download, storable]);
  if (result) {
    return (
      <p className="download-choice download-result" role="status">
        {result === 'done' ? t('download.done') : t('download.partial')}
      </p>
    );
  }
  if (download !== 'ask' || !storable || !list) return null;
  const size = formatBytes(list === 'loading' ? offlineBytes : list.bytes, i18n.language);
  const all = () => {
    if (list === 'loading') return;
    setSaving(0);
    void storeAllArt(setSaving).then((ok) => {
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
