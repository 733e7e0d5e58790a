/** What is wrong with a story file, in words an author can act on, and a way back. Never a white screen. */
import { useTranslation } from 'react-i18next';
import { printable } from '../story/printable';
import type { Problem } from '../story/problem';
import { routeHref } from './routes';

/** `onRetry`: offered when a file could not be fetched (offline, or gone after an update): that may pass; a mistake in the file will not. */
export function StoryProblems({ file, problems, onRetry }: { file: string; problems: Problem[]; onRetry?: () => void }) {
  const { t } = useTranslation();
  const fetchFailed = problems.some((problem) => problem.code === 'unreadable');
  // Not a mistake in the file: a story not saved on this phone that could not be fetched (offline, src/content/offline/).
  const notSaved = fetchFailed && file.endsWith('/story.json');
  return (
    <section className="story-problems" role="alert" aria-labelledby="story-problems-title">
      {notSaved ? (
        <>
          <h1 id="story-problems-title">{t('problems.offline-title')}</h1>
          <p>{t('problems.offline-body')}</p>
        </>
      ) : (
        <>
          <h1 id="story-problems-title">{t('problems.title')}</h1>
          <p>{t('problems.intro', { file })}</p>
          <ul>
            {problems.slice(0, 20).map((problem, index) => (
              <li key={index}>
                {/* Text from the file is shown as it is: no character in it may reorder the line (printable.ts). */}
                <code>{printable(problem.file)}</code> <code>{printable(problem.path)}</code>: {printable(problem.message)}
              </li>
            ))}
          </ul>
          {problems.length > 20 ? <p>{t('problems.more', { count: problems.length - 20 })}</p> : null}
        </>
      )}
      {onRetry && fetchFailed ? (
        <button type="button" className="button-primary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
      <a className={onRetry && fetchFailed ? 'button-secondary' : 'button-primary'} href={routeHref({ screen: 'library' })}>
        {t('problems.back')}
      </a>
    </section>
  );
}
