/**
 * The projected screen: a 16:9 stage with the comic, the vote or the ending, a black screen on B or ".", the
 * overview, the key card, and a small toolbar that fades, with the pointer, when the mouse rests (keyboard focus
 * brings it back).
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '../story/schema';
import { storyKeys } from '../story/strings';
import { tapGoesBack } from '../ui/tap-zone';
import { EndingSlide, HelplinesSlide, LessonsSlide } from './ending-slides';
import { HelpCard } from './help-card';
import { lessonSlide } from './lesson-pages';
import { AppQrCard } from './app-qr-card';
import { Overview } from './overview';
import { ProjectedComic } from './projected-comic';
import { useRoomNarration } from './narration/room-narration';
import { RoomSoundNotice } from './narration/room-sound-notice';
import { RoomToolbar } from './room-toolbar';
import { beatNow, votingOptions } from './session';
import { useIdle } from './use-idle';
import { enterFullscreen, usePresentKeys } from './use-present-keys';
import type { SharedSession } from './use-session';
import { VoteCards } from './vote-cards';
import { WorkshopSummary } from './workshop-summary';
import { useLayers } from './use-layers';

interface Props extends SharedSession {
  story: Story;
  text: (key: string, fallback?: string) => string;
  /** Which way the story's text runs in the room's language (its translation says): the wall and its clicks follow. */
  direction: 'ltr' | 'rtl';
  textScale: number;
}

export function RoomView({ story, text, direction, textScale, session, dispatch, connected }: Props) {
  const { t } = useTranslation();
  const layers = useLayers();
  const beat = beatNow(story, session);
  const options = votingOptions(story, session);
  const idle = useIdle();
  const narration = useRoomNarration(story, beat, session.narration);
  // L is a gesture on this window: the audio wakes inside it, then the session (both windows) says on or off.
  const listen = () => (narration.wake(), dispatch({ type: 'narration' }));
  usePresentKeys({
    dispatch,
    options,
    mark: session.mark,
    confirmAt: session.confirmAt,
    black: session.black,
    overview: session.overview,
    openOverview: () => dispatch({ type: 'overview', open: true }),
    closeOverview: () => dispatch({ type: 'overview', open: false }),
    help: layers.help,
    setHelp: layers.setHelp,
    // The summary and the app's QR card have the keyboard: Esc closes the card (the dialog's own), not the show.
    paused: layers.summary || layers.appQr,
    // F5 starts presenting: the wall goes fullscreen and shows the picture.
    onStart: () => (enterFullscreen(), dispatch({ type: 'black', on: false })),
    onListen: listen,
  });

  const covered = session.black || session.overview || layers.help || layers.summary || layers.appQr;

  // A click on the comic steps like a tap in the reader: the left third back, the rest next.
  const onStageClick = (event: MouseEvent<HTMLElement>) => {
    if (beat.kind !== 'panel' || (event.target instanceof Element && event.target.closest('button, a'))) return;
    dispatch({ type: tapGoesBack(event.currentTarget, event.clientX) ? 'back' : 'next' });
  };

  return (
    <div
      dir={direction}
      className={`present present-room${idle ? ' present-idle' : ''}`}
      data-beat={beat.kind === 'ending' ? `ending-${session.endingPart}` : beat.kind}
      data-step={session.step}
      data-connected={connected}
    >
      <h1 className="visually-hidden">{text(storyKeys.title(), story.title)}</h1>
      <main className="present-stage" onClick={onStageClick}>
        {beat.kind === 'panel' ? (
          <ProjectedComic story={story} sceneId={beat.sceneId} panelId={beat.panelId} step={session.step} text={text} textScale={textScale} />
        ) : null}
        {beat.kind === 'choices' ? (
          <VoteCards
            prompt={beat.promptKey ? text(beat.promptKey) : t('reader.choose')}
            options={options}
            text={text}
            mark={session.mark}
            confirming={session.confirmAt !== null}
            onMark={(choiceId) => dispatch({ type: 'mark', choiceId })}
            onChoose={(choiceId) => dispatch({ type: 'choose', choiceId })}
            onCancel={() => dispatch({ type: 'confirm', at: null })}
          />
        ) : null}
        {beat.kind === 'ending' && session.endingPart === 'story' ? <EndingSlide story={story} endingId={beat.endingId} good={beat.good} text={text} /> : null}
        {beat.kind === 'ending' && session.endingPart === 'lessons' ? (
          <LessonsOfPath learned={beat.learned} missed={beat.missed} page={session.lessonsPage} />
        ) : null}
        {beat.kind === 'ending' && session.endingPart === 'helplines' ? <HelplinesSlide story={story} onSummary={() => layers.setSummary(true)} /> : null}
      </main>
      {session.black ? (
        <div className="present-black" data-testid="black-screen" onClick={() => dispatch({ type: 'black', on: false })}>
          <p className="visually-hidden" role="status">
            {t('present.black-on')}
          </p>
        </div>
      ) : null}
      {/* The key card, the overview and the summary are modal, with their own Close: the bar would only show through
          them (half faded, under the key card's backdrop). */}
      {covered ? null : (
        <RoomToolbar
          story={story}
          session={session}
          dispatch={dispatch}
          onHelp={() => layers.setHelp(true)}
          onAppQr={() => layers.setAppQr(true)}
          listening={session.narration}
          onListen={listen}
          idle={idle}
        />
      )}
      {covered ? null : <RoomSoundNotice report={narration.report} />}
      {session.overview ? (
        <Overview story={story} reading={session.reading} text={text} shared onClose={() => dispatch({ type: 'overview', open: false })} onGo={dispatch} />
      ) : null}
      {layers.help ? <HelpCard onClose={() => layers.setHelp(false)} /> : null}
      {layers.appQr ? <AppQrCard onClose={() => layers.setAppQr(false)} /> : null}
      {layers.summary ? <WorkshopSummary story={story} session={session} text={text} onClose={() => layers.setSummary(false)} /> : null}
    </div>
  );
}

function LessonsOfPath({ learned, missed, page }: { learned: string[]; missed: string[]; page: number }) {
  const slide = lessonSlide(learned, missed, page);
  return slide ? <LessonsSlide {...slide} /> : null;
}
