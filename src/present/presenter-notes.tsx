/** The scene's facilitator notes and discussion questions, the current panel's marked, each ticked once discussed. */
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

export function PresenterNotes({ story, session, sceneId, onScreen, text, dispatch }: Props) {
  const { t } = useTranslation();
  const notes = notesOfScene(story, sceneId);
  return (
    <section className="presenter-box presenter-notes" aria-labelledby="presenter-notes-title">
      <h2 id="presenter-notes-title">{t('present.notes')}</h2>
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
