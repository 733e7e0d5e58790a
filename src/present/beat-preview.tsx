/** A small picture of a beat for the presenter window: the panel (or page), the options with their letters, or the ending. */
import { useTranslation } from 'react-i18next';
import { PageView } from '../comic/page-view';
import { PanelView } from '../comic/panel-view';
import { panelPlace, sceneById, type Beat } from '../engine';
import { panelAspect } from '../story/reading-order';
import type { Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import { lessonSlide } from './lesson-pages';
import { optionLetter } from '../ui/option-letter';
import type { EndingPart, StepSize } from './session';

interface Props {
  story: Story;
  beat: Beat | null;
  step: StepSize;
  endingPart: EndingPart;
  /** The lessons slide shown while endingPart is 'lessons'. */
  lessonsPage: number;
  /** Locked options are shown (and lettered) to the room. */
  showLocked: boolean;
  text: (key: string, fallback?: string) => string;
}

export function BeatPreview({ story, beat, step, endingPart, lessonsPage, showLocked, text }: Props) {
  const { t } = useTranslation();
  if (!beat) return <p className="presenter-preview-text">{t('present.nothing-next')}</p>;
  if (beat.kind === 'choices') {
    return (
      <div className="presenter-preview-text">
        <p>{beat.promptKey ? text(beat.promptKey) : t('reader.choose')}</p>
        <ul className="presenter-preview-options">
          {beat.options
            .filter((option) => option.enabled || showLocked)
            .map((option, index) => (
              <li key={option.id}>
                <strong>{optionLetter(index)}</strong> {text(option.textKey)}
              </li>
            ))}
        </ul>
      </div>
    );
  }
  if (beat.kind === 'ending') {
    const ending = story.endings.find((item) => item.id === beat.endingId)!;
    return (
      <p className="presenter-preview-text">
        {endingPart === 'helplines'
          ? t('ending.help')
          : endingPart === 'lessons'
            ? lessonsTitle(beat.learned, beat.missed, lessonsPage, t)
            : `${beat.good ? t('ending.good') : t('ending.bad')}: ${text(storyKeys.endingTitle(ending.id), ending.title)}`}
      </p>
    );
  }
  const place = panelPlace(story, beat);
  if (step === 'page') {
    return <PageView story={story} page={place.page} currentPanelId={null} text={text} textScale={1} />;
  }
  const aspect = panelAspect(story, place.frame);
  return (
    <div className="presenter-preview-panel" style={{ ['--panel-aspect' as string]: String(aspect) }}>
      <PanelView story={story} panel={place.panel} text={text} aspect={aspect} frameWidth={place.frame.w} animate={false} textScale={1} />
    </div>
  );
}

/** The heading of a lessons slide as the room sees it, with its number when the lessons take more than one. */
function lessonsTitle(learned: string[], missed: string[], page: number, t: (key: string, options?: Record<string, unknown>) => string): string {
  const slide = lessonSlide(learned, missed, page);
  const title = slide?.page.status === 'missed' ? t('ending.missed') : t('present.lessons-learned');
  return slide && slide.count > 1 ? `${title} ${t('present.slide-of', { current: slide.number, total: slide.count })}` : title;
}

/** At a vote, what each option leads to (the scene it opens), so the facilitator knows where the room is heading. */
export function AfterVote({
  story,
  options,
  text,
}: {
  story: Story;
  options: { id: string; letter: string; enabled: boolean }[];
  text: (key: string, fallback?: string) => string;
}) {
  const { t } = useTranslation();
  const choices = new Map(story.scenes.flatMap((scene) => (scene.then.kind === 'choices' ? scene.then.choices : [])).map((choice) => [choice.id, choice]));
  return (
    <div className="presenter-preview-text">
      <p>{t('present.after-vote')}</p>
      <ul className="presenter-preview-options">
        {options
          .filter((option) => option.enabled)
          .map((option) => {
            const targetId = choices.get(option.id)?.target;
            const target = targetId === undefined ? undefined : sceneById(story, targetId);
            return (
              <li key={option.id}>
                <strong>{option.letter}</strong> → {target ? text(storyKeys.sceneTitle(target.id), target.title ?? '') : ''}
              </li>
            );
          })}
      </ul>
    </div>
  );
}
