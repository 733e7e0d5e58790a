/** A delete that asks first, in the page (no browser dialog): the question and its two answers replace the button. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmButton({ label, question, onConfirm }: { label: string; question: string; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  if (!asking) {
    return (
      <button type="button" className="button-danger-quiet" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="studio-confirm" role="group" aria-labelledby={questionId}>
      <span id={questionId}>{question}</span>
      <button type="button" className="button-danger" onClick={onConfirm}>
        {t('studio.confirm-yes')}
      </button>
      {/* Focus lands on the safe answer. */}
      <button type="button" className="button-secondary" autoFocus onClick={() => setAsking(false)}>
        {t('studio.confirm-no')}
      </button>
    </span>
  );
}
