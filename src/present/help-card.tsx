/** The keys, on a card the whole room may see for a moment ("?" opens it, Esc or "?" closes it). */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../ui/use-modal-dialog';

const KEYS: { keys: string[]; what: string }[] = [
  { keys: ['→', '↓', 'Page Down', 'Space', 'N'], what: 'present.key-next' },
  { keys: ['←', '↑', 'Page Up', 'P'], what: 'present.key-back' },
  { keys: ['→', '←', 'A', 'C'], what: 'present.key-mark' },
  { keys: ['Enter'], what: 'present.key-choose' },
  { keys: ['B', '.'], what: 'present.key-black' },
  { keys: ['F5', 'Esc'], what: 'present.key-start' },
  { keys: ['F'], what: 'present.key-fullscreen' },
  { keys: ['O'], what: 'present.key-overview' },
  { keys: ['L'], what: 'present.key-listen' },
  { keys: ['?'], what: 'present.key-help' },
];

export function HelpCard({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  return (
    <dialog ref={dialog} className="present-help" aria-labelledby="present-help-card-title" onClose={onClose}>
      <h2 id="present-help-card-title">{t('present.keys')}</h2>
      <dl className="present-keys">
        {KEYS.map((row) => (
          <div key={row.what} className="present-keys-row">
            <dt>
              {row.keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(row.what)}</dd>
          </div>
        ))}
      </dl>
      <p className="present-help-note">{t('present.keys-note')}</p>
      <button type="button" className="present-button" onClick={onClose}>
        {t('app.close')}
      </button>
    </dialog>
  );
}
