/** A lesson as a card that reads well on its own: icon, title, the key message, and whether it is learned. */
import { useTranslation } from 'react-i18next';
import { artUrl } from '../content/bundled';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import type { Lesson } from '../story/schema';
import { lessonKeys } from '../story/strings';
import { formatDay, formatMonth } from './dates';
import { StoryText } from './story-text';

interface Props {
  lesson: Lesson;
  status: 'learned' | 'missed' | 'not-yet';
  /** Show the explanation too (the lessons screen), not only the key message. */
  detailed?: boolean;
  learnedAt?: string;
  headingLevel?: 2 | 3;
}

export function LessonCard({ lesson, status, detailed = false, learnedAt, headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  const text = useNamespaceText(LESSONS_NAMESPACE);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`lesson-card lesson-${status}`} data-lesson={lesson.id}>
      <img className="lesson-icon" src={artUrl('lessons', lesson.icon)} alt="" width={56} height={56} />
      <div className="lesson-body">
        <Heading className="lesson-title">{text(lessonKeys.title(lesson.id), lesson.title)}</Heading>
        <p className="lesson-message">
          <StoryText text={text(lessonKeys.message(lesson.id), lesson.message)} />
        </p>
        {detailed ? <p className="lesson-explanation">{text(lessonKeys.explanation(lesson.id), lesson.explanation)}</p> : null}
        <p className="lesson-status">
          {status === 'learned'
            ? learnedAt
              ? t('lessons.learned-on', { date: formatDay(t, learnedAt) })
              : t('lessons.learned')
            : status === 'missed'
              ? t('lessons.missed')
              : t('lessons.not-yet')}
          {lesson.factsChecked ? ` · ${t('lessons.checked', { month: formatMonth(t, lesson.factsChecked) })}` : ''}
        </p>
      </div>
    </article>
  );
}
