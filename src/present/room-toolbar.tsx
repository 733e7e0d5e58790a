/**
 * The projected screen's few controls, for a facilitator with a mouse: back and next, the presenter window, panel
 * or page steps, the overview, fullscreen, the key card and the way out. It fades when the mouse rests, so the
 * room sees only the comic; moving the mouse or tabbing to it brings it back.
 */
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '../story/schema';
import { addAppQrWords } from '../ui/app-qr/app-qr-words';
import { routeHref } from '../ui/routes';
import type { PresentEvent, PresentSession } from './session';
import { toggleFullscreen } from './use-present-keys';

/** Opens (or brings forward) the presenter window for this story. */
export function openPresenterWindow(storyId: string): void {
  const url = `${location.pathname}${location.search}${routeHref({ screen: 'present', storyId, view: 'presenter' })}`;
  window.open(url, `komik-saku-presenter-${storyId}`, 'popup,width=1200,height=760');
}

interface Props {
  story: Story;
  session: PresentSession;
  dispatch: (event: PresentEvent) => void;
  onHelp: () => void;
  onAppQr: () => void;
  /** The narration plays (room-narration.ts); the button plays or stops it, as L does. */
  listening: boolean;
  onListen: () => void;
  /** The mouse has rested (use-idle.ts): the bar fades. */
  idle: boolean;
}

export function RoomToolbar({ story, session, dispatch, onHelp, onAppQr, listening, onListen, idle }: Props) {
  const { t, i18n } = useTranslation();
  useState(() => addAppQrWords(i18n));
  const page = session.step === 'page';
  return (
    <nav className={`present-toolbar${idle ? ' present-toolbar-idle' : ''}`} aria-label={t('present.controls')} onClick={letGoAfterClick}>
      <button type="button" className="present-tool" onClick={() => dispatch({ type: 'back' })}>
        <span aria-hidden="true">‹</span> {t('reader.back')}
      </button>
      <button type="button" className="present-tool" onClick={() => dispatch({ type: 'next' })}>
        {t('reader.next')} <span aria-hidden="true">›</span>
      </button>
      <button type="button" className="present-tool" onClick={() => openPresenterWindow(story.id)}>
        {t('present.open-presenter')}
      </button>
      <button type="button" className="present-tool" aria-pressed={page} onClick={() => dispatch({ type: 'step', size: page ? 'panel' : 'page' })}>
        {t('present.step-page')}
      </button>
      <button type="button" className="present-tool" aria-keyshortcuts="O" onClick={() => dispatch({ type: 'overview', open: true })}>
        {t('present.overview')}
      </button>
      <button type="button" className="present-tool" aria-keyshortcuts="L" aria-pressed={listening} onClick={onListen}>
        {t('present.listen')}
      </button>
      <button type="button" className="present-tool" aria-keyshortcuts="F" onClick={toggleFullscreen}>
        {t('present.fullscreen')}
      </button>
      <button type="button" className="present-tool" aria-keyshortcuts="?" onClick={onHelp}>
        {t('present.keys')}
      </button>
      <button type="button" className="present-tool" onClick={onAppQr}>
        {t('present.app-qr')}
      </button>
      <a className="present-tool" href={routeHref({ screen: 'library' })}>
        {t('present.exit')}
      </a>
    </nav>
  );
}

/**
 * After a mouse click the button lets go of the focus: the clicker's next key then belongs to the comic, and the bar
 * can fade. (A keyboard "click" has detail 0 and keeps the focus where the facilitator put it.)
 */
function letGoAfterClick(event: MouseEvent<HTMLElement>): void {
  if (event.detail > 0 && event.target instanceof HTMLElement) event.target.closest('button')?.blur();
}
