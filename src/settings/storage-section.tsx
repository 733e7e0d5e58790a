/**
 * What the app keeps on the phone: the space it uses (navigator.storage.estimate), whether every story is saved
 * for reading offline (a service worker is active: it activates only once everything is stored), whether the
 * browser promised not to clear it, and the app's version.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canStoreArt, fetchArtList, storeAllArt, type ArtList } from '../content/art-cache';
import { useSettings } from '../store/settings';
import { formatBytes } from '../ui/bytes';

interface StorageFacts {
  used: number | null;
  quota: number | null;
  offline: boolean;
  kept: boolean;
}

async function readStorageFacts(): Promise<StorageFacts> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, kept, registration] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => false) : false,
    'serviceWorker' in navigator ? navigator.serviceWorker.getRegistration().catch(() => undefined) : undefined,
  ]);
  return { used: estimate?.usage ?? null, quota: estimate?.quota ?? null, offline: Boolean(registration?.active), kept };
}

export function StorageSection() {
  const { t, i18n } = useTranslation();
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  useEffect(() => {
    let live = true;
    void readStorageFacts().then((found) => {
      if (live) setFacts(found);
    });
    return () => {
      live = false;
    };
  }, []);
  const language = i18n.language;
  return (
    <section className="setting storage-setting" aria-labelledby="storage-title">
      <h2 id="storage-title" className="setting-title">
        {t('storage.title')}
      </h2>
      {facts === null ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <p className="storage-used">
            {facts.used === null
              ? t('storage.unknown')
              : facts.quota
                ? t('storage.used-of', { used: formatBytes(facts.used, language), quota: formatBytes(facts.quota, language) })
                : t('storage.used', { used: formatBytes(facts.used, language) })}
          </p>
          {facts.offline ? <ArtStorage /> : <p>{t('storage.offline-not-yet')}</p>}
          <p className="setting-help">{facts.kept ? t('storage.kept') : t('storage.not-kept')}</p>
        </>
      )}
      <p className="setting-help storage-version">{t('storage.version', { version: __APP_VERSION__ })}</p>
    </section>
  );
}

/** Whether every story's pictures are stored, or only those read; storing them all (again, if it stopped half-way). */
function ArtStorage() {
  const { t, i18n } = useTranslation();
  const download = useSettings((settings) => settings.download);
  const [list, setList] = useState<ArtList | null>(null);
  const [saving, setSaving] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    if (canStoreArt()) void fetchArtList().then((found) => live && setList(found));
    return () => {
      live = false;
    };
  }, []);
  if (download === 'all' && saving === null) return <p>{t('storage.offline-ready')}</p>;
  const store = () => {
    setSaving(0);
    void storeAllArt(setSaving).then((ok) => {
      setSaving(null);
      if (ok) useSettings.getState().update({ download: 'all' });
    });
  };
  return (
    <>
      <p>{t('storage.art-reading')}</p>
      {saving !== null ? (
        <p role="status">{t('download.saving', { percent: Math.round(saving * 100) })}</p>
      ) : list ? (
        <button type="button" className="button-secondary" onClick={store}>
          {t('storage.art-all', { size: formatBytes(list.bytes, i18n.language) })}
        </button>
      ) : null}
    </>
  );
}
