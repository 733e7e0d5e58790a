/** "Bagikan" on a story card and at an ending: the story's pack to the share sheet, or downloaded (share-file.ts). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shared } from './share-file';

export function ShareStory({ storyId, className = 'button-quiet', describedBy }: { storyId: string; className?: string; describedBy?: string }) {
  const { t, i18n } = useTranslation();
  const [shared, setShared] = useState<Shared | 'working'>({ state: 'idle' });
  const share = async () => {
    setShared('working');
    const { shareStory } = await import('./share-file');
    setShared(await shareStory(storyId, i18n));
  };
  const note = shared === 'working' || shared.state === 'idle' || shared.state === 'shared' ? null : shared;
  return (
    <>
      <button type="button" className={className} disabled={shared === 'working'} aria-describedby={describedBy} onClick={() => void share()}>
        {t('share.story')}
      </button>
      <span role="status" className="share-note">
        {note ? t(`share.${note.state}`, { file: note.state === 'downloaded' ? note.file : '' }) : null}
      </span>
    </>
  );
}
