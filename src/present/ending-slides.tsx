/**
 * The end of the room's path, in two steps: what happened and the lessons of this path, big; then (next) the
 * helplines page, the same body the help screen and the booklet show (src/ui/helplines.tsx).
 */
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../content/use-catalog';
import type { Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import { Helplines } from '../ui/helplines';
import { LessonCard } from '../ui/lesson-card';

interface EndingProps {
  story: Story;
  endingId: string;
  good: boolean;
  learned: string[];
  missed: string[];
  text: (key: string, fallback?: string) => string;
  onSummary: () => void;
}

export function EndingSlide({ story, endingId, good, learned, missed, text, onSummary }: EndingProps) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const ending = story.endings.find((item) => item.id === endingId)!;
  const lessons = catalog.status === 'ready' ? catalog.lessons : [];
  const cards = (ids: string[], status: 'learned' | 'missed') =>
    lessons.filter((lesson) => ids.includes(lesson.id)).map((lesson) => <LessonCard key={lesson.id} lesson={lesson} status={status} />);
  return (
    <section className={`present-slide present-ending ending-${good ? 'good' : 'bad'}`} aria-labelledby="present-ending-title">
      <p className="present-ending-kind">{good ? t('ending.good') : t('ending.bad')}</p>
      <h2 id="present-ending-title">{text(storyKeys.endingTitle(ending.id), ending.title)}</h2>
      <p className="present-ending-text">{text(storyKeys.endingText(ending.id), ending.text)}</p>
      {learned.length > 0 ? (
        <>
          <h3>{t('present.lessons-learned')}</h3>
          <div className="present-lessons">{cards(learned, 'learned')}</div>
        </>
      ) : null}
      {missed.length > 0 ? (
        <>
          <h3>{t('ending.missed')}</h3>
          <div className="present-lessons present-lessons-missed">{cards(missed, 'missed')}</div>
        </>
      ) : null}
      <p className="present-slide-actions">
        <button type="button" className="present-button" onClick={onSummary}>
          {t('present.summary')}
        </button>
      </p>
    </section>
  );
}

export function HelplinesSlide({ onSummary }: { onSummary: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="present-slide present-helplines" aria-labelledby="present-help-title">
      <h2 id="present-help-title">{t('ending.help')}</h2>
      <Helplines heading={3} />
      <p className="present-slide-actions">
        <button type="button" className="present-button" onClick={onSummary}>
          {t('present.summary')}
        </button>
      </p>
    </section>
  );
}
