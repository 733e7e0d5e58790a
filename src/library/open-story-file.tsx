/**
 * "Buka file cerita": the library's way to open a .komik file received over WhatsApp, Bluetooth or nearby share. The
 * button sits under the stories (a youth's first screen holds stories, not buttons); what was received, and what
 * became of a file just opened, sit above them. Only the button comes with the first screen; the rest (checking,
 * storing, the stories already received and their words) loads once a file is chosen or shared to the app, or when
 * this phone holds such stories (local-id.ts's mark).
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayHaveLocalStories, sharedPackWaiting } from '../content/local/local-id';

const OnThisPhone = lazy(() => import('./on-this-phone').then((module) => ({ default: module.OnThisPhone })));

/** The stories on this phone and the word on a file just opened; brought into view when a file is chosen below. */
export function PhoneShelf({ facilitator, file }: { facilitator: boolean; file: File | null }) {
  const [wanted] = useState(() => typeof window !== 'undefined' && (mayHaveLocalStories() || sharedPackWaiting()));
  const shelf = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (file) shelf.current?.scrollIntoView({ block: 'start' });
  }, [file]);
  return (
    <div ref={shelf} className="library-phone-shelf">
      {wanted || file ? (
        <Suspense fallback={null}>
          <OnThisPhone facilitator={facilitator} file={file} />
        </Suspense>
      ) : null}
    </div>
  );
}

export function OpenStoryFile({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  return (
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
            if (chosen) onFile(chosen);
          }}
        />
      </label>
      <span className="library-open-hint">{t('library.open-file-hint')}</span>
    </div>
  );
}
