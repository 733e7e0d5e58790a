/**
 * The end of the room's path, one step at a time so each can be talked about: what happened; the lessons of this
 * path, big, a few to a slide (and those it missed); then the helplines page, the same body the help screen and the
 * booklet show (src/ui/helplines.tsx), with the way to the workshop summary.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { artUrl } from '../content/bundled';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import { useCatalog } from '../content/use-catalog';
import type { Story } from '../story/schema';
import { lessonKeys, storyKeys } from '../story/strings';
import { Helplines } from '../ui/helplines';
import { LessonCard } from '../ui/lesson-card';
import { StoryText } from '../ui/story-text';
import type { LessonsPage } from './lesson-pages';
import { useFitText } from './use-fit-text';

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
      <p className="present-ending-text">
        <StoryText text={text(storyKeys.endingText(ending.id), ending.text)} />
      </p>
    </section>
  );
}

/** One slide of the path's lessons (lesson-pages.ts): up to four big cards, and the missed ones as labels if they ride along. */
export function LessonsSlide({ page, number, count }: { page: LessonsPage; number: number; count: number }) {
  const { t, i18n } = useTranslation();
  const lessonText = useNamespaceText(LESSONS_NAMESPACE);
  const catalog = useCatalog();
  const byId = new Map((catalog.status === 'ready' ? catalog.lessons : []).map((lesson) => [lesson.id, lesson]));
  const cards = page.lessons.flatMap((id) => byId.get(id) ?? []);
  const labels = page.alsoMissed.flatMap((id) => byId.get(id) ?? []);
  const slide = useRef<HTMLElement>(null);
  // Four cards fit at the wall size in both languages today; a longer message or translation shrinks them rather than run off the wall.
  useFitText(slide, `${catalog.status}|${page.lessons.join()}|${page.alsoMissed.join()}|${i18n.language}`);
  return (
    <section ref={slide} className="present-slide present-lessons-slide" data-fit-scroll aria-labelledby="present-lessons-title">
      <h2 id="present-lessons-title">
        {page.status === 'learned' ? t('present.lessons-learned') : t('ending.missed')}
        {count > 1 ? <span className="present-slide-count"> {t('present.slide-of', { current: number, total: count })}</span> : null}
      </h2>
      <div className={`present-lessons present-lessons-${cards.length <= 2 ? 'few' : 'some'}`}>
        {cards.map((lesson) => (
          <LessonCard key={lesson.id} lesson={lesson} status={page.status} />
        ))}
      </div>
      {labels.length > 0 ? (
        <>
          <h3>{t('ending.missed')}</h3>
          <ul className="present-missed">
            {labels.map((lesson) => (
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

export function HelplinesSlide({ story, onSummary }: { story: Story; onSummary: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="present-slide present-helplines" aria-labelledby="present-help-title">
      <h2 id="present-help-title">{t('ending.help')}</h2>
      <Helplines heading={3} factsChecked={story.factsChecked} />
      <p className="present-slide-actions">
        <button type="button" className="present-button" onClick={onSummary}>
          {t('present.summary')}
        </button>
      </p>
    </section>
  );
}
