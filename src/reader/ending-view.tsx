/**
 * The end of a path: what happened, then the ways on (another choice, from the start, the library, help), then the
 * lessons learned or missed, compact. A bad ending's text never blames the reader and says help is there.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../content/use-catalog';
import { storyKeys } from '../story/strings';
import type { Story } from '../story/schema';
import { useFactsChecked } from '../ui/helplines';
import { routeHref } from '../ui/routes';
import { ShareStory } from '../ui/share/share-story';
import { StoryText } from '../ui/story-text';
import { EndingLessons } from './ending-lessons';
import './ending.css';

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
  const pick = (ids: string[]) => lessons.filter((lesson) => ids.includes(lesson.id));
  const factsChecked = useFactsChecked(story.factsChecked);
  return (
    <section className={`ending ending-${good ? 'good' : 'bad'}`} aria-labelledby="ending-title" data-ending={ending.id}>
      <p className="ending-kind">{good ? t('ending.good') : t('ending.bad')}</p>
      <h2 id="ending-title" ref={heading} tabIndex={-1}>
        {text(storyKeys.endingTitle(ending.id), ending.title)}
      </h2>
      <p className="ending-text">
        <StoryText text={text(storyKeys.endingText(ending.id), ending.text)} />
      </p>
      <div className="ending-actions">
        {canRetry ? (
          <button type="button" className="button-primary ending-retry" onClick={onRetry}>
            {t('ending.retry')}
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={onRestart}>
          {t('ending.restart')}
        </button>
        <a className="button-secondary" href={routeHref({ screen: 'library' })}>
          {t('nav.library')}
        </a>
        <ShareStory storyId={story.id} className="button-secondary" />
        <a className={good ? 'button-secondary ending-help' : 'button-primary ending-help'} href={routeHref({ screen: 'help' })}>
          {t('ending.help')}
        </a>
      </div>
      <EndingLessons heading={t('ending.learned')} lessons={pick(learned)} status="learned" />
      <EndingLessons heading={t('ending.missed')} lessons={pick(missed)} status="missed" />
      {factsChecked ? <p className="ending-checked">{factsChecked}</p> : null}
    </section>
  );
}
