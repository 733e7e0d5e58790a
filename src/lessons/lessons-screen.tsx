/** Every lesson in the catalog, learned or not yet: the cards a reader keeps. */
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../content/use-catalog';
import { useLessons } from '../store/lessons';
import { LessonCard } from '../ui/lesson-card';
import './lessons.css';

export function LessonsScreen() {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const completed = useLessons((state) => state.completed);
  if (catalog.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (catalog.status === 'failed') {
    return (
      <section className="story-problems" role="alert">
        <p>{catalog.message}</p>
        <button type="button" className="button-primary" onClick={catalog.retry}>
          {t('app.retry')}
        </button>
      </section>
    );
  }
  const learned = catalog.lessons.filter((lesson) => completed[lesson.id]).length;
  return (
    <section className="lessons" aria-labelledby="lessons-title">
      <h1 id="lessons-title">{t('lessons.title')}</h1>
      <p className="lessons-count">{t('lessons.count', { learned, total: catalog.lessons.length })}</p>
      <div className="lesson-list">
        {catalog.lessons.map((lesson) => {
          const completion = completed[lesson.id];
          return (
            <LessonCard
              key={lesson.id}
              lesson={lesson}
              status={completion ? 'learned' : 'not-yet'}
              detailed
              headingLevel={2}
              {...(completion ? { learnedAt: completion.at } : {})}
            />
          );
        })}
      </div>
    </section>
  );
}
