/** "Compose from the art kit" on a panel: the composer and the kit with it load only when an author opens it. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel, Story } from '../../story/schema';

const KitComposer = lazy(() => import('./kit-composer').then((module) => ({ default: module.KitComposer })));

export function KitButton({ story, panel, change }: { story: Story; panel: Panel; change: (story: Story) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        {t(panel.compose ? 'studio.kit-open-again' : 'studio.kit-open')}
      </button>
    );
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <KitComposer story={story} panel={panel} change={change} onClose={() => setOpen(false)} />
    </Suspense>
  );
}
