/**
 * The decision: big cards, unavailable ones greyed out with the story's reason, and a way to undo the last choice.
 * The cards come in one after another by CSS animation (choices.css): on a slow phone, starting a script animation per
 * card made arriving at a choice one long task. Shared: the reader shows it, the Studio's preview shows the same.
 */
import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption } from '../engine';
import { optionLetter } from '../ui/option-letter';
import './choices.css';

interface Props {
  prompt: string;
  options: ChoiceOption[];
  text: (key: string, fallback?: string) => string;
  canUndo: boolean;
  onChoose: (choiceId: string) => void;
  onUndo: () => void;
  onBack: () => void;
  /** The reader's focus goes to the question when it comes; the Studio's preview leaves it where the author types. */
  takeFocus?: boolean;
}

export function ChoiceList({ prompt, options, text, canUndo, onChoose, onUndo, onBack, takeFocus = true }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  return (
    <section className="choices" aria-labelledby="choices-prompt">
      <h2 id="choices-prompt" ref={heading} tabIndex={-1}>
        {prompt}
      </h2>
      <ol className="choice-cards">
        {options.map((option, index) => (
          <li key={option.id} className="choice-appear" style={{ ['--appear-delay' as string]: `${0.1 + index * 0.12}s` } as CSSProperties}>
            <button
              type="button"
              className="choice-card"
              data-choice={option.id}
              disabled={!option.enabled}
              aria-describedby={option.reasonKey ? `reason-${option.id}` : undefined}
              onClick={() => onChoose(option.id)}
            >
              <span className="choice-letter" aria-hidden="true">
                {optionLetter(index)}
              </span>
              <span className="choice-text">{text(option.textKey)}</span>
            </button>
            {option.reasonKey ? (
              <p className="choice-reason" id={`reason-${option.id}`}>
                {text(option.reasonKey)}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="choices-actions">
        <button type="button" className="button-quiet" onClick={onBack}>
          {t('reader.reread')}
        </button>
        {canUndo ? (
          <button type="button" className="button-quiet" onClick={onUndo}>
            {t('reader.undo-choice')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
