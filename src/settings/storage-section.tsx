/**
 * What the app keeps on the phone: the space it uses (navigator.storage.estimate), whether every story is saved
 * for reading offline (a service worker is active: it activates only once everything is stored), whether the
 * browser promised not to clear it, and the app's version.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

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

export function formatBytes(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
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
          <p>{facts.offline ? t('storage.offline-ready') : t('storage.offline-not-yet')}</p>
          <p className="setting-help">{facts.kept ? t('storage.kept') : t('storage.not-kept')}</p>
        </>
      )}
      <p className="setting-help storage-version">{t('storage.version', { version: __APP_VERSION__ })}</p>
    </section>
  );
}
