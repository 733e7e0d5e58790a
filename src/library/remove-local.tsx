/** "Remove from this phone", asked twice: the story's file would have to be received again to read it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function RemoveLocal({ title, size, onRemove, describedBy }: { title: string; size: string; onRemove: () => Promise<void>; describedBy: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'asking' | 'working' | 'failed'>('idle');
  if (state === 'idle' || state === 'failed')
    return (
      <p className="story-more">
        <button type="button" className="button-quiet" aria-describedby={describedBy} onClick={() => setState('asking')}>
          {t('library.remove')}
        </button>
        {state === 'failed' ? <span role="alert">{t('library.remove-failed')}</span> : null}
      </p>
    );
  return (
    <div className="story-remove" role="group" aria-label={t('library.remove')}>
      <p>{t('library.remove-confirm', { title, size })}</p>
      <button
        type="button"
        className="button-primary"
        disabled={state === 'working'}
        onClick={() => {
          setState('working');
          onRemove().catch(() => setState('failed'));
        }}
      >
        {t('library.remove-yes')}
      </button>
      <button type="button" className="button-quiet" autoFocus onClick={() => setState('idle')}>
        {t('library.remove-no')}
      </button>
    </div>
  );
}
