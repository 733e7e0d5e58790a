/** One story being read: the bar, the current beat (panel, page, choices or ending) and the progress bar. */
import { startTransition, useMemo, useState } from 'react';
import { panelPlace, sceneProgress } from '../engine';
import { useTranslation } from 'react-i18next';
import type { Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import { useSettings } from '../store/settings';
import { routeHref } from '../ui/routes';
import { EndingView } from './ending-view';
import { GuidedView } from './guided-view';
import { LanguageNote } from './language-note';
import { LessonToast } from './lesson-toast';
import { ListenButton, ListenControls } from './listen/listen-launcher';
import { StoryMap } from './story-map';
import { ChoiceList } from '../comic/choice-list';
import { PageView } from '../comic/page-view';
import { useArtPreload } from './use-art-preload';
import { ZoomablePage } from './zoomable-page';
import { useEarlyStep } from './use-early-step';
import { useFreshScreenGuard, useReaderKeys } from './use-reader-input';
import { useReading } from './use-reading';
import { useWideScreen } from './use-wide-screen';

interface Props {
  story: Story;
  text: (key: string, fallback?: string) => string;
  /** Which way the story's text runs in the reader's language (its translation says): the screen and its taps follow. */
  direction: 'ltr' | 'rtl';
  textScale: number;
}

export function ReadingView({ story, text, direction, textScale }: Props) {
  const { t } = useTranslation();
  const reading = useReading(story);
  useArtPreload(story, reading.state);
  const preferred = useSettings((settings) => settings.view);
  const wide = useWideScreen();
  const [pageOverride, setPageOverride] = useState<boolean | null>(null);
  const pageMode = pageOverride ?? (preferred === 'page' || (preferred === 'auto' && wide));
  const beat = reading.beat;
  const [mapOpen, setMapOpen] = useState(false);
  const [listening, setListening] = useState(false);
  useReaderKeys({ onNext: reading.next, onBack: reading.back }, beat.kind === 'panel' && !mapOpen);
  useEarlyStep(story.id, !reading.canGoBack && beat.kind === 'panel', reading.next);
  const scenes = useMemo(() => sceneProgress(story, reading.state), [story, reading.state]);

  const place = beat.kind === 'panel' ? panelPlace(story, beat) : undefined;
  const guard = useFreshScreenGuard(beat.kind === 'panel' ? `panel:${pageMode ? 'page' : 'guided'}` : `${beat.kind}:${beat.sceneId}`);

  return (
    <div className="reader" dir={direction}>
      <header className="reader-bar">
        <a className="reader-close" href={routeHref({ screen: 'library' })}>
          <span aria-hidden="true">←</span> <span className="visually-hidden">{t('nav.library')}</span>
        </a>
        {/* The title opens the story map: scenes to go back to, endings found, the bookmark. */}
        <h1 className="reader-title">
          <button type="button" className="reader-map-open" aria-haspopup="dialog" onClick={() => setMapOpen(true)}>
            {text(storyKeys.title(), story.title)}
            <span className="visually-hidden"> · {t('map.title')}</span>{' '}
            <span className="reader-map-icon" aria-hidden="true">
              ▾
            </span>
          </button>
        </h1>
        <ListenButton open={listening} onToggle={() => setListening(!listening)} />
        {beat.kind === 'panel' ? (
          <button type="button" className="reader-view-toggle" aria-pressed={pageMode} onClick={() => setPageOverride(!pageMode)}>
            {pageMode ? t('reader.view-panel') : t('reader.view-page')}
          </button>
        ) : null}
      </header>
      <div
        className="reader-progress"
        role="progressbar"
        aria-label={t('reader.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(reading.progress * 100)}
      >
        <div className="reader-progress-fill" style={{ transform: `scaleX(${reading.progress})` }} />
      </div>
      {listening ? <ListenControls story={story} beat={beat} onNext={reading.next} onBack={reading.back} onClose={() => setListening(false)} /> : null}
      <LanguageNote storyId={story.id} />
      <LessonToast quiet={beat.kind === 'ending'} />
      {mapOpen ? <StoryMap story={story} state={reading.state} text={text} onGo={reading.goTo} onClose={() => setMapOpen(false)} /> : null}
      <main className="reader-main" {...guard}>
        {beat.kind === 'panel' && place ? (
          pageMode ? (
            <ZoomablePage>
              <PageView
                story={story}
                page={place.page}
                currentPanelId={beat.panelId}
                text={text}
                textScale={textScale}
                onPickPanel={() => setPageOverride(false)}
              />
            </ZoomablePage>
          ) : (
            <GuidedView
              story={story}
              current={{ sceneId: beat.sceneId, panelId: beat.panelId }}
              around={reading.around}
              text={text}
              textScale={textScale}
              onNext={reading.next}
              onBack={reading.back}
              onShowPage={() => setPageOverride(true)}
            />
          )
        ) : null}
        {/* A choice, its undoing and starting again each render a new scene: in a transition, so a slow phone draws it
            in slices between frames rather than in one long task. */}
        {beat.kind === 'choices' ? (
          <ChoiceList
            prompt={beat.promptKey ? text(beat.promptKey) : t('reader.choose')}
            options={beat.options}
            text={text}
            canUndo={reading.hasChoice}
            onChoose={(choiceId) => startTransition(() => reading.choose(choiceId))}
            onUndo={() => startTransition(reading.undoChoice)}
            onBack={reading.back}
          />
        ) : null}
        {beat.kind === 'ending' ? (
          <EndingView
            story={story}
            endingId={beat.endingId}
            good={beat.good}
            learned={beat.learned}
            missed={beat.missed}
            text={text}
            canRetry={reading.hasChoice}
            onRetry={() => startTransition(reading.undoChoice)}
            onRestart={() => startTransition(reading.restart)}
          />
        ) : null}
      </main>
      {beat.kind === 'panel' ? (
        <nav className="reader-steps" aria-label={t('reader.steps')}>
          <button type="button" className="step-back" onClick={reading.back} disabled={!reading.canGoBack}>
            <span aria-hidden="true">‹</span> {t('reader.back')}
          </button>
          {/* How far through the story, in scenes along the path (it used to restart with every scene's panels). */}
          <span className="step-count">{t('reader.scene-of', { scene: scenes.scene, scenes: scenes.scenes })}</span>
          <button type="button" className="step-next" onClick={reading.next}>
            {t('reader.next')} <span aria-hidden="true">›</span>
          </button>
        </nav>
      ) : null}
    </div>
  );
}
