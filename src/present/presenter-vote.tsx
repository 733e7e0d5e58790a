/**
 * The vote in the presenter window, where the facilitator looks first: the prompt, each option with the letter the
 * room sees (a click here chooses too), why a locked one is locked, and whether the room sees locked options.
 * It takes the place of the "now" preview at a choice point, so the notes and lessons beside it stay in view.
 */
import { useTranslation } from 'react-i18next';
import type { PresentEvent } from './session';
import type { LetteredOption } from './vote-cards';

interface Props {
  prompt: string;
  options: LetteredOption[];
  /** The story makes some option unavailable here (shown or not). */
  locked: boolean;
  showLocked: boolean;
  text: (key: string, fallback?: string) => string;
  dispatch: (event: PresentEvent) => void;
}

export function PresenterVote({ prompt, options, locked, showLocked, text, dispatch }: Props) {
  const { t } = useTranslation();
  return (
    <div className="presenter-choices">
      <h3>{t('present.vote')}</h3>
      <p className="presenter-prompt">{prompt}</p>
      <ul>
        {options.map((option) => (
          <li key={option.id}>
            <button type="button" className="presenter-choice" disabled={!option.enabled} onClick={() => dispatch({ type: 'choose', choiceId: option.id })}>
              <kbd>{option.letter}</kbd> {text(option.textKey)}
            </button>
            {option.reasonKey ? <p className="presenter-reason">{text(option.reasonKey)}</p> : null}
          </li>
        ))}
      </ul>
      {locked ? (
        <label className="presenter-check">
          <input type="checkbox" checked={showLocked} onChange={(event) => dispatch({ type: 'show-locked', on: event.target.checked })} />
          {t('present.show-locked')}
        </label>
      ) : null}
    </div>
  );
}
