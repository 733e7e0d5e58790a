/**
 * The presenter window, kept on the laptop screen: what the room sees now (at a vote, the options with the letters
 * to press) and what comes next, the scene's notes and questions, a timer, the lessons reached so far, and every
 * control.
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
  const options = votingOptions(story, session);
  usePresentKeys({ dispatch, options, overview: session.overview, help: layers.help, setHelp: layers.setHelp, paused: layers.summary });

  const beat = beatOf(story, session.reading);
  const ahead = reduce(story, { ...session, black: false }, { type: 'next' });
  const nextBeat = ahead.reading === session.reading && ahead.endingPart === session.endingPart && ahead.lessonsPage === session.lessonsPage ? null : beatOf(story, ahead.reading);
  const lockedHere = beat.kind === 'choices' && beat.options.some((option) => !option.enabled);
  const scene = sceneOf(story, beat);
  const onScreen = beat.kind === 'panel' ? (session.step === 'page' ? scenePanels(scene).filter((place) => place.page.id === beat.pageId).map((place) => place.panel.id) : [beat.panelId]) : [];
  const lessons = catalog.status === 'ready' ? catalog.lessons.filter((lesson) => session.reading.lessons.includes(lesson.id)) : [];
  const roomUrl = routeHref({ screen: 'present', storyId: story.id, view: 'room' });

  return (
    <div className="present presenter" data-connected={connected}>
      <header className="presenter-bar">
        <h1>
          {t('present.presenter-title')} <span className="presenter-story">{text(storyKeys.title(), story.title)}</span>
        </h1>
        <PresenterTimer startedAt={session.startedAt} onReset={() => dispatch({ type: 'timer-reset', at: Date.now() })} />
      </header>
      <nav className="presenter-controls" aria-label={t('present.controls')}>
        <button type="button" className="present-button" onClick={() => dispatch({ type: 'back' })}>
          <span aria-hidden="true">‹</span> {t('reader.back')}
        </button>
        <button type="button" className="present-button present-button-primary" onClick={() => dispatch({ type: 'next' })}>
          {t('reader.next')} <span aria-hidden="true">›</span>
        </button>
        <button type="button" className="present-button" aria-pressed={session.step === 'page'} onClick={() => dispatch({ type: 'step', size: session.step === 'page' ? 'panel' : 'page' })}>
          {t('present.step-page')}
        </button>
        <button type="button" className="present-button" aria-pressed={session.black} onClick={() => dispatch({ type: 'black' })}>
          {t('present.black')}
        </button>
        <button type="button" className="present-button" onClick={() => dispatch({ type: 'overview', open: true })}>
          {t('present.overview')}
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
          <button type="button" className="present-button present-button-danger" onClick={() => (setConfirmRestart(false), dispatch({ type: 'restart', at: Date.now() }))}>
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
          </h2>
          <p className="presenter-where">{text(storyKeys.sceneTitle(scene.id), scene.title ?? '')}{beat.kind === 'panel' ? ` · ${t('reader.panel-of', { current: beat.panelIndex + 1, total: beat.panelCount })}` : ''}</p>
          {beat.kind === 'choices' ? (
            <PresenterVote prompt={beat.promptKey ? text(beat.promptKey) : t('reader.choose')} options={options} locked={lockedHere} showLocked={session.showLocked} text={text} dispatch={dispatch} />
          ) : (
            <div className="presenter-preview">
              <BeatPreview story={story} beat={beat} step={session.step} endingPart={session.endingPart} lessonsPage={session.lessonsPage} showLocked={session.showLocked} text={text} />
            </div>
          )}
        </section>
        <section className="presenter-box presenter-next" aria-labelledby="presenter-next-title">
          <h2 id="presenter-next-title">{t('present.next')}</h2>
          <div className="presenter-preview">
            {beat.kind === 'choices' ? (
              <AfterVote story={story} options={options} text={text} />
            ) : (
              <BeatPreview story={story} beat={nextBeat} step={session.step} endingPart={ahead.endingPart} lessonsPage={ahead.lessonsPage} showLocked={session.showLocked} text={text} />
            )}
          </div>
        </section>
        <div className="presenter-side">
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
      {session.overview ? <Overview story={story} reading={session.reading} text={text} dispatch={dispatch} /> : null}
      {layers.help ? <HelpCard onClose={() => layers.setHelp(false)} /> : null}
      {layers.summary ? <WorkshopSummary story={story} session={session} text={text} onClose={() => layers.setSummary(false)} /> : null}
    </div>
  );
}
