/** The Studio's first screen: the drafts kept on this device, a new story, a bundled story to adapt, or a pack to open. */
import { useTranslation } from 'react-i18next';
import { DraftsList } from './drafts-list';
import { NewStoryForm } from './new-story-form';
import { OpenBundled } from './open-bundled';
import { OpenPack } from '../share/open-pack';

export function StudioHome() {
  const { t } = useTranslation();
  return (
    <section className="studio-home" aria-labelledby="studio-title">
      <h1 id="studio-title">{t('studio.title')}</h1>
      <p className="studio-intro">{t('studio.intro')}</p>
      <DraftsList />
      <div className="studio-start">
        <NewStoryForm />
        <OpenBundled />
        <OpenPack />
      </div>
    </section>
  );
}
