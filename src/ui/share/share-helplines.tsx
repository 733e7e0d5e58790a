/** The helplines page's "share these numbers": as text to the share sheet, else copied for a chat or a text message. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HELPLINES } from '../../content/helplines';
import { addFeatureWords } from '../feature-words';
import { useHelpWords } from '../help-words';
import { useHelplinesChecked } from '../helplines';
import en from './help-locales/en.json';
import id from './help-locales/id.json';
// A draft awaiting a native reader, as the app's own jv.json.
import jv from './help-locales/jv.json';

export function ShareHelplines() {
  useHelpWords();
  const { t, i18n } = useTranslation();
  // Its words come with the help screen, not with the first download.
  useState(() => addFeatureWords(i18n, { id, en, jv }));
  const checked = useHelplinesChecked();
  const [note, setNote] = useState<'help.shared-copied' | 'help.share-failed' | null>(null);
  const share = async () => {
    const title = t('help.share-title');
    const lines = HELPLINES.flatMap((line) => (line.number ? [`${t(`help.${line.id}.name`)}: ${line.number}`] : []));
    const text = `${title}\n${lines.join('\n')}\n${t('help.checked', { month: checked })}`;
    if (navigator.share) {
      try {
        await navigator.share({ title, text });
        return setNote(null);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return setNote(null);
      }
    }
    try {
      await navigator.clipboard.writeText(text);
      setNote('help.shared-copied');
    } catch {
      setNote('help.share-failed');
    }
  };
  return (
    <p className="help-share">
      <button type="button" className="button-secondary" onClick={() => void share()}>
        {t('help.share')}
      </button>{' '}
      <span role="status">{note ? t(note) : null}</span>
    </p>
  );
}
