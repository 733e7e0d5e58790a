/**
 * "Buka file cerita": the library's way to open a .komik file received over WhatsApp, Bluetooth or nearby share. Only
 * this control comes with the first screen; the rest (checking, storing, the stories already received and their words)
 * loads once a file is chosen or shared to the app, or when this phone holds such stories (local-id.ts's mark).
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayHaveLocalStories, sharedPackWaiting } from '../content/local/local-id';

const OnThisPhone = lazy(() => import('./on-this-phone').then((module) => ({ default: module.OnThisPhone })));

export function OpenStoryFile({ facilitator }: { facilitator: boolean }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [wanted] = useState(() => typeof window !== 'undefined' && (mayHaveLocalStories() || sharedPackWaiting()));
  return (
    <>
      <div className="library-open-file">
        <label className="button-secondary">
          {t('library.open-file')}
          <input
            type="file"
            className="visually-hidden"
            accept=".komik,application/zip,application/octet-stream"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (chosen) setFile(chosen);
            }}
          />
        </label>
        <span className="library-open-hint">{t('library.open-file-hint')}</span>
      </div>
      {wanted || file ? (
        <Suspense fallback={null}>
          <OnThisPhone facilitator={facilitator} file={file} />
        </Suspense>
      ) : null}
    </>
  );
}
