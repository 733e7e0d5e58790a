/** What is wrong with a story file, in words an author can act on, and a way back. Never a white screen. */
import { useTranslation } from 'react-i18next';
import type { Problem } from '../story/problem';
import { routeHref } from './routes';

export function StoryProblems({ file, problems }: { file: string; problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <section className="story-problems" role="alert" aria-labelledby="story-problems-title">
      <h1 id="story-problems-title">{t('problems.title')}</h1>
      <p>{t('problems.intro', { file })}</p>
      <ul>
        {problems.slice(0, 20).map((problem, index) => (
          <li key={index}>
            <code>{problem.file}</code> <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > 20 ? <p>{t('problems.more', { count: problems.length - 20 })}</p> : null}
      <a className="button-primary" href={routeHref({ screen: 'library' })}>
        {t('problems.back')}
      </a>
    </section>
  );
}
