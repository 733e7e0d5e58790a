/** The end of a path: what happened, the lessons learned or missed, and the ways on. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../content/use-catalog';
import { storyKeys } from '../story/strings';
import type { Story } from '../story/schema';
import { LessonCard } from '../ui/lesson-card';
import { routeHref } from '../ui/routes';
import { StoryText } from '../ui/story-text';

interface Props {
  story: Story;
  endingId: string;
  good: boolean;
  learned: string[];
  missed: string[];
  text: (key: string, fallback?: string) => string;
  canRetry: boolean;
  onRetry: () => void;
  onRestart: () => void;
}

export function EndingView({ story, endingId, good, learned, missed, text, canRetry, onRetry, onRestart }: Props) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const ending = story.endings.find((item) => item.id === endingId)!;
  const lessons = catalog.status === 'ready' ? catalog.lessons : [];
  const cards = (ids: string[], status: 'learned' | 'missed') =>
    lessons.filter((lesson) => ids.includes(lesson.id)).map((lesson) => <LessonCard key={lesson.id} lesson={lesson} status={status} />);
  return (
    <section className={`ending ending-${good ? 'good' : 'bad'}`} aria-labelledby="ending-title">
      <p className="ending-kind">{good ? t('ending.good') : t('ending.bad')}</p>
      <h2 id="ending-title" ref={heading} tabIndex={-1}>
        {text(storyKeys.endingTitle(ending.id), ending.title)}
      </h2>
      <p className="ending-text"><StoryText text={text(storyKeys.endingText(ending.id), ending.text)} /></p>
      {learned.length > 0 ? (
        <>
          <h3>{t('ending.learned')}</h3>
          <div className="lesson-list">{cards(learned, 'learned')}</div>
        </>
      ) : null}
      {missed.length > 0 ? (
        <>
          <h3>{t('ending.missed')}</h3>
          <div className="lesson-list">{cards(missed, 'missed')}</div>
        </>
      ) : null}
      <div className="ending-actions">
        {canRetry ? (
          <button type="button" className="button-primary" onClick={onRetry}>
            {t('ending.retry')}
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={onRestart}>
          {t('ending.restart')}
        </button>
        <a className="button-secondary" href={routeHref({ screen: 'help' })}>
          {t('ending.help')}
        </a>
        <a className="button-secondary" href={routeHref({ screen: 'library' })}>
          {t('nav.library')}
        </a>
      </div>
    </section>
  );
}
