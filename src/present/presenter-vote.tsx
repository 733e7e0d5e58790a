/**
 * The vote in the presenter window, where the facilitator looks first: the prompt, each option with the letter the
 * room sees (a click marks it, as a key does; "Choose" beside the marked one takes the branch), why a locked one is
 * locked, the hands counted for each (kept for the workshop summary), and whether the room sees locked options.
 * It takes the place of the "now" preview at a choice point, so the notes and lessons beside it stay in view.
 */
import { useTranslation } from 'react-i18next';
import type { PresentEvent, PresentSession } from './session';
import type { LetteredOption } from './vote-cards';

interface Props {
  prompt: string;
  options: LetteredOption[];
  /** The story makes some option unavailable here (shown or not). */
  locked: boolean;
  session: PresentSession;
  text: (key: string, fallback?: string) => string;
  dispatch: (event: PresentEvent) => void;
}

export function PresenterVote({ prompt, options, locked, session, text, dispatch }: Props) {
  const { t } = useTranslation();
  const marked = options.find((option) => option.id === session.mark);
  return (
    <div className="presenter-choices">
      <h3>{t('present.vote')}</h3>
      <p className="presenter-prompt">{prompt}</p>
      <ul>
        {options.map((option) => (
          <li key={option.id} className="presenter-option">
            <button
              type="button"
              className="presenter-choice"
              disabled={!option.enabled}
              aria-pressed={option.enabled ? option.id === session.mark : undefined}
              onClick={() => dispatch({ type: 'mark', choiceId: option.id })}
            >
              <kbd>{option.letter}</kbd> {text(option.textKey)}
            </button>
            <label className="presenter-hands">
              <span>{t('present.hands', { letter: option.letter })}</span>
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={9999}
                value={session.hands[option.id] ?? ''}
                onChange={(event) => dispatch({ type: 'hands', choiceId: option.id, count: event.target.value === '' ? 0 : Number(event.target.value) })}
              />
            </label>
            {option.reasonKey ? <p className="presenter-reason">{text(option.reasonKey)}</p> : null}
          </li>
        ))}
      </ul>
      {marked ? (
        <div className="presenter-confirm" role="status">
          <p>{session.confirmAt !== null ? t('present.confirm-open', { letter: marked.letter }) : t('present.marked', { letter: marked.letter })}</p>
          <button type="button" className="present-button present-button-primary" onClick={() => dispatch({ type: 'choose', choiceId: marked.id })}>
            {t('present.confirm-yes', { letter: marked.letter })}
          </button>
        </div>
      ) : (
        <p className="presenter-confirm-how">{t('present.vote-how')}</p>
      )}
      {locked ? (
        <label className="presenter-check">
          <input type="checkbox" checked={session.showLocked} onChange={(event) => dispatch({ type: 'show-locked', on: event.target.checked })} />
          {t('present.show-locked')}
        </label>
      ) : null}
    </div>
  );
}
