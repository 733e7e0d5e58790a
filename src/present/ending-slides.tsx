/**
 * The end of the room's path, one step at a time so each can be talked about: what happened; the lessons of this
 * path, big (and those it missed); then the helplines page, the same body the help screen and the booklet show
 * (src/ui/helplines.tsx), with the way to the workshop summary.
 */
import { useTranslation } from 'react-i18next';
import { artUrl } from '../content/bundled';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import { useCatalog } from '../content/use-catalog';
import type { Story } from '../story/schema';
import { lessonKeys, storyKeys } from '../story/strings';
import { Helplines } from '../ui/helplines';
import { LessonCard } from '../ui/lesson-card';

interface EndingProps {
  story: Story;
  endingId: string;
  good: boolean;
  text: (key: string, fallback?: string) => string;
}

export function EndingSlide({ story, endingId, good, text }: EndingProps) {
  const { t } = useTranslation();
  const ending = story.endings.find((item) => item.id === endingId)!;
  return (
    <section className={`present-slide present-ending ending-${good ? 'good' : 'bad'}`} aria-labelledby="present-ending-title">
      <p className="present-ending-kind">{good ? t('ending.good') : t('ending.bad')}</p>
      <h2 id="present-ending-title">{text(storyKeys.endingTitle(ending.id), ending.title)}</h2>
      <p className="present-ending-text">{text(storyKeys.endingText(ending.id), ending.text)}</p>
    </section>
  );
}

export function LessonsSlide({ learned, missed }: { learned: string[]; missed: string[] }) {
  const { t } = useTranslation();
  const lessonText = useNamespaceText(LESSONS_NAMESPACE);
  const catalog = useCatalog();
  const lessons = catalog.status === 'ready' ? catalog.lessons : [];
  // The lessons learned are the big cards; with none learned, the missed ones are.
  const [big, status] = learned.length > 0 ? [learned, 'learned' as const] : [missed, 'missed' as const];
  const small = learned.length > 0 ? lessons.filter((lesson) => missed.includes(lesson.id)) : [];
  return (
    <section className="present-slide present-lessons-slide" aria-labelledby="present-lessons-title">
      <h2 id="present-lessons-title">{status === 'learned' ? t('present.lessons-learned') : t('ending.missed')}</h2>
      <div className={`present-lessons present-lessons-${tier(big.length)}`}>
        {lessons
          .filter((lesson) => big.includes(lesson.id))
          .map((lesson) => (
            <LessonCard key={lesson.id} lesson={lesson} status={status} />
          ))}
      </div>
      {small.length > 0 ? (
        <>
          <h3>{t('ending.missed')}</h3>
          <ul className="present-missed">
            {small.map((lesson) => (
              <li key={lesson.id} data-lesson={lesson.id}>
                <img src={artUrl('lessons', lesson.icon)} alt="" />
                {lessonText(lessonKeys.title(lesson.id), lesson.title)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** How many lessons share the wall, so a long path's lessons still fit one slide (present.css sizes each tier). */
function tier(count: number): 'few' | 'some' | 'many' | 'lots' {
  return count <= 2 ? 'few' : count <= 4 ? 'some' : count <= 6 ? 'many' : 'lots';
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
