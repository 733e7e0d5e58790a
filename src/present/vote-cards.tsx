/**
 * The room votes: the options fill the screen as big lettered cards (A, B, C in the engine's order). A key or a
 * click only marks a card; the marked card says how to choose it (Enter, holding next, or its own button), and the
 * confirm card asks once more before the branch is taken (use-present-keys.ts). Options the story makes unavailable
 * are shown greyed out with the story's reason, so the room can talk about why.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption } from '../engine';
import { useFitText } from './use-fit-text';

export interface LetteredOption extends ChoiceOption {
  letter: string;
}

interface Props {
  prompt: string;
  options: LetteredOption[];
  text: (key: string, fallback?: string) => string;
  mark: string | null;
  confirming: boolean;
  onMark: (choiceId: string) => void;
  onChoose: (choiceId: string) => void;
  onCancel: () => void;
}

export function VoteCards({ prompt, options, text, mark, confirming, onMark, onChoose, onCancel }: Props) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const marked = options.find((option) => option.id === mark);
  // Long options (often in translation) shrink together until every card and reason fits the stage.
  useFitText(
    section,
    [prompt, mark, ...options.map((option) => `${option.enabled}${text(option.textKey)}${option.reasonKey ? text(option.reasonKey) : ''}`)].join('\n'),
  );
  return (
    <section ref={section} className="present-vote" aria-labelledby="present-vote-prompt" data-marked={marked?.letter}>
      <h2 id="present-vote-prompt">{prompt}</h2>
      <ol className={`present-vote-cards present-vote-${Math.min(options.length, 4)}`}>
        {options.map((option, index) => (
          <li key={option.id} className="present-vote-item" data-fit-box style={{ ['--card-delay' as string]: `${0.1 + index * 0.12}s` }}>
            <button
              type="button"
              className="present-vote-card"
              data-fit-box
              data-choice={option.id}
              disabled={!option.enabled}
              aria-pressed={option.enabled ? option.id === mark : undefined}
              aria-describedby={option.reasonKey ? `present-reason-${option.id}` : undefined}
              onClick={() => onMark(option.id)}
            >
              <span className="present-vote-letter" aria-hidden="true">
                {option.letter}
              </span>
              <span className="present-vote-text" data-fit-text>
                <span className="visually-hidden">{t('present.option', { letter: option.letter })} </span>
                {text(option.textKey)}
              </span>
            </button>
            {option.id === mark ? (
              <button type="button" className="present-vote-choose" onClick={() => onChoose(option.id)}>
                {t('present.mark-hint', { letter: option.letter })}
              </button>
            ) : null}
            {option.reasonKey ? (
              <p className="present-vote-reason" id={`present-reason-${option.id}`}>
                <strong>{t('present.locked')}</strong> {text(option.reasonKey)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {confirming && marked ? <ConfirmCard option={marked} text={text} onChoose={onChoose} onCancel={onCancel} /> : null}
    </section>
  );
}

/** The last question before a branch is taken, big enough for the room to see what is about to happen. */
export function ConfirmCard({
  option,
  text,
  onChoose,
  onCancel,
}: {
  option: LetteredOption;
  text: (key: string) => string;
  onChoose: (choiceId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="present-confirm" role="alertdialog" aria-labelledby="present-confirm-title" aria-describedby="present-confirm-keys">
      <h3 id="present-confirm-title">{t('present.confirm-title', { letter: option.letter })}</h3>
      <p className="present-confirm-option">{text(option.textKey)}</p>
      <p id="present-confirm-keys" className="present-confirm-keys">
        {t('present.confirm-keys')}
      </p>
      <div className="present-confirm-actions">
        <button type="button" className="present-button present-button-primary" onClick={() => onChoose(option.id)}>
          {t('present.confirm-yes', { letter: option.letter })}
        </button>
        <button type="button" className="present-button" onClick={onCancel}>
          {t('present.confirm-no')}
        </button>
      </div>
    </div>
  );
}
