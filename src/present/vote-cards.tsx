/**
 * The room votes: the options fill the screen as big lettered cards (A, B, C in the engine's order). The
 * facilitator picks with the letter key, a click here, or the presenter window. Options the story makes
 * unavailable are shown greyed out with the story's reason, so the room can talk about why.
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
  onChoose: (choiceId: string) => void;
}

export function VoteCards({ prompt, options, text, onChoose }: Props) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  // Long options (often in translation) shrink together until every card and reason fits the stage.
  useFitText(section, [prompt, ...options.map((option) => `${option.enabled}${text(option.textKey)}${option.reasonKey ? text(option.reasonKey) : ''}`)].join('\n'));
  return (
    <section ref={section} className="present-vote" aria-labelledby="present-vote-prompt">
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
              aria-keyshortcuts={option.enabled ? option.letter : undefined}
              aria-describedby={option.reasonKey ? `present-reason-${option.id}` : undefined}
              onClick={() => onChoose(option.id)}
            >
              <span className="present-vote-letter" aria-hidden="true">
                {option.letter}
              </span>
              <span className="present-vote-text" data-fit-text>
                <span className="visually-hidden">{t('present.option', { letter: option.letter })} </span>
                {text(option.textKey)}
              </span>
            </button>
            {option.reasonKey ? (
              <p className="present-vote-reason" id={`present-reason-${option.id}`}>
                <strong>{t('present.locked')}</strong> {text(option.reasonKey)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
