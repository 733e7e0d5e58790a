/**
 * The presenter window, kept on the laptop screen: what the room sees now (at a vote, the options to mark and confirm,
 * with the hands counted) and what comes next, the scene's notes and questions, a timer, the lessons reached so
 * far, every control, and a private overview to browse any scene before sending the wall there.
 * It drives the same shared session as the projected screen (use-session.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSONS_NAMESPACE, useNamespaceText } from '../content/text';
import { useCatalog } from '../content/use-catalog';
import { beatOf, sceneOf } from '../engine';
import { scenePanels } from '../story/reading-order';
import type { Story } from '../story/schema';
import { lessonKeys, storyKeys } from '../story/strings';
import { routeHref } from '../ui/routes';
import { AfterVote, BeatPreview } from './beat-preview';
import { HelpCard } from './help-card';
import { PresenterNarration } from './narration/presenter-narration';
import { useHeardNarration } from './narration/use-narration-report';
import { Overview } from './overview';
import { PresenterNotes } from './presenter-notes';
import { PresenterTimer } from './presenter-timer';
import { PresenterVote } from './presenter-vote';
import { reduce, votingOptions } from './session';
import { useLayers } from './use-layers';
import { usePresentKeys } from './use-present-keys';
import type { SharedSession } from './use-session';
import { WorkshopSummary } from './workshop-summary';

interface Props extends SharedSession {
  story: Story;
  text: (key: string, fallback?: string) => string;
}

export function PresenterView({ story, text, session, dispatch, connected }: Props) {
  const { t } = useTranslation();
  const lessonText = useNamespaceText(LESSONS_NAMESPACE);
  const catalog = useCatalog();
  const layers = useLayers();
  const [confirmRestart, setConfirmRestart] = useState(false);
  // The presenter's own overview: browsing it never shows on the wall until a page is sent there.
  const [browsing, setBrowsing] = useState(false);
  const options = votingOptions(story, session);
  const heard = useHeardNarration(story.id);
  usePresentKeys({
    dispatch,
    options,
    mark: session.mark,
    confirmAt: session.confirmAt,
    black: session.black,
    overview: browsing,
    openOverview: () => setBrowsing(true),
    closeOverview: () => setBrowsing(false),
    help: layers.help,
    setHelp: layers.setHelp,
    paused: layers.summary,
    // This window cannot make the wall fullscreen (only a key or click there can): F5 here just shows the picture.
    onStart: () => dispatch({ type: 'black', on: false }),
    // The narration plays on the room window's audio (the projector's): L here turns it on or off there.
    onListen: () => dispatch({ type: 'narration' }),
  });

  const beat = beatOf(story, session.reading);
  const ahead = reduce(story, { ...session, black: false }, { type: 'next' });
  const nextBeat =
    ahead.reading === session.reading && ahead.endingPart === session.endingPart && ahead.lessonsPage === session.lessonsPage
      ? null
      : beatOf(story, ahead.reading);
  const lockedHere = beat.kind === 'choices' && beat.options.some((option) => !option.enabled);
  const scene = sceneOf(story, beat);
  const onScreen =
    beat.kind === 'panel'
      ? session.step === 'page'
        ? scenePanels(scene)
            .filter((place) => place.page.id === beat.pageId)
            .map((place) => place.panel.id)
        : [beat.panelId]
      : [];
  const lessons = catalog.status === 'ready' ? catalog.lessons.filter((lesson) => session.reading.lessons.includes(lesson.id)) : [];
  const roomUrl = routeHref({ screen: 'present', storyId: story.id, view: 'room' });

  return (
    <div className="present presenter" data-connected={connected}>
      <header className="presenter-bar">
        <h1>
          {t('present.presenter-title')} <span className="presenter-story">{text(storyKeys.title(), story.title)}</span>
        </h1>
        <PresenterTimer session={session} dispatch={dispatch} />
      </header>
      <nav className="presenter-controls" aria-label={t('present.controls')}>
        <button type="button" className="present-button" onClick={() => dispatch({ type: 'back' })}>
          <span aria-hidden="true">‹</span> {t('reader.back')}
        </button>
        <button type="button" className="present-button present-button-primary" onClick={() => dispatch({ type: 'next' })}>
          {t('reader.next')} <span aria-hidden="true">›</span>
        </button>
        <button
          type="button"
          className="present-button"
          aria-pressed={session.step === 'page'}
          onClick={() => dispatch({ type: 'step', size: session.step === 'page' ? 'panel' : 'page' })}
        >
          {t('present.step-page')}
        </button>
        <button type="button" className="present-button" aria-pressed={session.black} onClick={() => dispatch({ type: 'black' })}>
          {t('present.black')}
        </button>
        <button type="button" className="present-button" aria-keyshortcuts="L" aria-pressed={session.narration} onClick={() => dispatch({ type: 'narration' })}>
          {t('present.listen')}
        </button>
        <button type="button" className="present-button" aria-keyshortcuts="O" onClick={() => setBrowsing(true)}>
          {t('present.overview-private')}
        </button>
        <button type="button" className="present-button" onClick={() => layers.setSummary(true)}>
          {t('present.summary')}
        </button>
        <button type="button" className="present-button" onClick={() => layers.setHelp(true)}>
          {t('present.keys')}
        </button>
        <a className="present-button" href={roomUrl} target="komik-saku-room">
          {t('present.open-room')}
        </a>
        {confirmRestart ? (
          <button
            type="button"
            className="present-button present-button-danger"
            onClick={() => (setConfirmRestart(false), dispatch({ type: 'restart', at: Date.now() }))}
          >
            {t('present.restart-confirm')}
          </button>
        ) : (
          <button type="button" className="present-button" onClick={() => setConfirmRestart(true)}>
            {t('present.restart')}
          </button>
        )}
      </nav>
      <main className="presenter-main">
        <section className="presenter-box presenter-now" aria-labelledby="presenter-now-title">
          <h2 id="presenter-now-title">
            {t('present.now')}
            {session.black ? <span className="presenter-badge">{t('present.black-on')}</span> : null}
            {session.overview ? <span className="presenter-badge">{t('present.overview-on-wall')}</span> : null}
          </h2>
          {session.overview ? (
            // Someone opened all pages on the wall (O there): the presenter can put the comic back without a key there.
            <button type="button" className="present-button presenter-wall-close" onClick={() => dispatch({ type: 'overview', open: false })}>
              {t('present.overview-close-wall')}
            </button>
          ) : null}
          <p className="presenter-where">
            {text(storyKeys.sceneTitle(scene.id), scene.title ?? '')}
            {beat.kind === 'panel' ? ` · ${t('reader.panel-of', { current: beat.panelIndex + 1, total: beat.panelCount })}` : ''}
          </p>
          {beat.kind === 'choices' ? (
            <PresenterVote
              prompt={beat.promptKey ? text(beat.promptKey) : t('reader.choose')}
              options={options}
              locked={lockedHere}
              session={session}
              text={text}
              dispatch={dispatch}
            />
          ) : (
            <div className="presenter-preview">
              <BeatPreview
                story={story}
                beat={beat}
                step={session.step}
                endingPart={session.endingPart}
                lessonsPage={session.lessonsPage}
                showLocked={session.showLocked}
                text={text}
              />
            </div>
          )}
        </section>
        <section className="presenter-box presenter-next" aria-labelledby="presenter-next-title">
          <h2 id="presenter-next-title">{t('present.next')}</h2>
          <div className="presenter-preview">
            {beat.kind === 'choices' ? (
              <AfterVote story={story} options={options} text={text} />
            ) : (
              <BeatPreview
                story={story}
                beat={nextBeat}
                step={session.step}
                endingPart={ahead.endingPart}
                lessonsPage={ahead.lessonsPage}
                showLocked={session.showLocked}
                text={text}
              />
            )}
          </div>
        </section>
        <div className="presenter-side">
          <PresenterNarration wanted={session.narration} report={heard} text={text} />
          <PresenterNotes story={story} session={session} sceneId={scene.id} onScreen={onScreen} text={text} dispatch={dispatch} />
          <section className="presenter-box presenter-lessons" aria-labelledby="presenter-lessons-title">
            <h2 id="presenter-lessons-title">{t('present.lessons-so-far')}</h2>
            {lessons.length === 0 ? <p>{t('present.summary-none')}</p> : null}
            <ul>
              {lessons.map((lesson) => (
                <li key={lesson.id}>{lessonText(lessonKeys.title(lesson.id), lesson.title)}</li>
              ))}
            </ul>
          </section>
        </div>
      </main>
      {browsing ? (
        <Overview
          story={story}
          reading={session.reading}
          text={text}
          shared={false}
          onClose={() => setBrowsing(false)}
          onGo={(event) => {
            setBrowsing(false);
            dispatch(event);
          }}
        />
      ) : null}
      {layers.help ? <HelpCard onClose={() => layers.setHelp(false)} /> : null}
      {layers.summary ? <WorkshopSummary story={story} session={session} text={text} onClose={() => layers.setSummary(false)} /> : null}
    </div>
  );
}
