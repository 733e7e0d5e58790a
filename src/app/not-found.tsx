/** An address the app does not know, or cannot read (a broken % escape): say so, and the way back. Never a blank page. */
import { useTranslation } from 'react-i18next';
import { routeHref } from '../ui/routes';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="story-problems" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('not-found.title')}</h1>
      <p>{t('not-found.body')}</p>
      <a className="button-primary" href={routeHref({ screen: 'library' })}>
        {t('problems.back')}
      </a>
    </section>
  );
}
