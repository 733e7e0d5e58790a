/**
 * The scene's facilitator notes and discussion questions, the current panel's marked, each ticked once discussed,
 * at a text size the facilitator sets (kept on this laptop: it is about their eyes and screen, not the session).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '../story/schema';
import { notesOfScene } from './notes';
import type { PresentEvent, PresentSession } from './session';

interface Props {
  story: Story;
  session: PresentSession;
  sceneId: string;
  /** Panels on screen now (one, or the page's). */
  onScreen: string[];
  text: (key: string, fallback?: string) => string;
  dispatch: (event: PresentEvent) => void;
}

/** Notes text sizes in px: the window's own 17 px, then larger for a laptop at arm's length. */
export const NOTE_SIZES = [17, 20, 24, 28, 34];
const SIZE_KEY = 'komik-saku/presenter-notes-size';

function storedSize(): number {
  try {
    const stored = Number(localStorage.getItem(SIZE_KEY));
    return NOTE_SIZES.includes(stored) ? stored : NOTE_SIZES[0]!;
  } catch {
    return NOTE_SIZES[0]!;
  }
}

function useNoteSize() {
  const [size, setSize] = useState(storedSize);
  const change = (by: 1 | -1) => {
    const next = NOTE_SIZES[Math.max(0, Math.min(NOTE_SIZES.length - 1, NOTE_SIZES.indexOf(size) + by))]!;
    setSize(next);
    try {
      localStorage.setItem(SIZE_KEY, String(next));
    } catch {
      // Storage full or blocked: the size holds for this window only.
    }
  };
  return { size, smaller: size > NOTE_SIZES[0]! ? () => change(-1) : null, larger: size < NOTE_SIZES[NOTE_SIZES.length - 1]! ? () => change(1) : null };
}

export function PresenterNotes({ story, session, sceneId, onScreen, text, dispatch }: Props) {
  const { t } = useTranslation();
  const notes = notesOfScene(story, sceneId);
  const { size, smaller, larger } = useNoteSize();
  return (
    <section className="presenter-box presenter-notes" aria-labelledby="presenter-notes-title" style={{ fontSize: `${size}px` }}>
      <div className="presenter-notes-head">
        <h2 id="presenter-notes-title">{t('present.notes')}</h2>
        <span className="presenter-text-size" role="group" aria-label={t('present.notes-size', { size })}>
          <button type="button" className="presenter-size-button" disabled={!smaller} onClick={() => smaller?.()} aria-label={t('present.notes-smaller')}>
            A−
          </button>
          <button type="button" className="presenter-size-button" disabled={!larger} onClick={() => larger?.()} aria-label={t('present.notes-larger')}>
            A+
          </button>
        </span>
      </div>
      {notes.length === 0 ? <p>{t('present.no-notes')}</p> : null}
      <ul>
        {notes.map((note) => {
          const now = note.panelId !== undefined && onScreen.includes(note.panelId);
          return (
            <li key={note.key} className={now ? 'presenter-note-now' : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={session.discussed.includes(note.key)}
                  onChange={(event) => dispatch({ type: 'discussed', noteKey: note.key, on: event.target.checked })}
                />
                <span>
                  {now ? <strong>{t('present.this-panel')} </strong> : null}
                  {text(note.key, note.text)}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
