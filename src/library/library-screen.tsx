/**
 * The library: every bundled story as a cover, with its length, languages and the reader's progress. The list
 * comes with the app (made at build time), so it paints at once; no story is fetched until it is opened.
 */
import { useTranslation } from 'react-i18next';
import { storySummaries } from '../content/summaries';
import { StoryCard } from './story-card';
import './library.css';

export function LibraryScreen() {
  const { t } = useTranslation();
  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">{t('library.title')}</h1>
      <p className="library-intro">{t('library.intro')}</p>
      <ul className="story-list">
        {storySummaries.map((summary) => (
          <li key={summary.id}>
            <StoryCard summary={summary} />
          </li>
        ))}
      </ul>
    </section>
  );
}
