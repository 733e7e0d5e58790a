/** Export and import progress (a file or a code), and reset it after a confirmation. */
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLessons } from '../store/lessons';
import { useProgress } from '../store/progress';
import { datedFileName, downloadFile } from '../ui/download';
import { exportProgress, importProgress, progressCode, readProgressCode, type ImportResult } from './progress-transfer';

/** What an import changed, truly: nothing claimed that did not happen, nothing that happened left unsaid. */
function importMessage(result: ImportResult, t: TFunction): string {
  if (!result.ok) return t('progress.import-failed');
  const added = result.stories + result.endings + result.lessons > 0;
  return [
    added ? t('progress.imported', { stories: result.stories, endings: result.endings, lessons: result.lessons }) : t('progress.import-nothing-new'),
    result.kept > 0 ? t('progress.import-kept', { count: result.kept }) : '',
    result.unknownLessons > 0 ? t('progress.import-unknown-lessons', { count: result.unknownLessons }) : '',
    result.refused > 0 ? t('progress.import-refused', { count: result.refused }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function ProgressSection() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const report = (result: ImportResult) => setMessage(importMessage(result, t));

  const download = () => {
    downloadFile(datedFileName('progress'), JSON.stringify(exportProgress(), null, 2));
    setMessage(t('progress.exported'));
  };
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      report(await importProgress(JSON.parse(await file.text()) as unknown));
    } catch {
      report({ ok: false });
    }
  };
  const makeCode = async () => {
    setCode(await progressCode());
    setMessage(t('progress.code-made'));
  };
  const applyCode = async () => report(await importProgress(await readProgressCode(code)));
  const reset = () => {
    useProgress.getState().reset();
    useLessons.getState().reset();
    setConfirming(false);
    setMessage(t('progress.reset-done'));
  };

  return (
    <fieldset className="setting progress-setting">
      <legend>{t('progress.title')}</legend>
      <p className="setting-help">{t('progress.help')}</p>
      <div className="setting-actions">
        <button type="button" className="button-secondary" onClick={download}>
          {t('progress.export-file')}
        </button>
        <button type="button" className="button-secondary" onClick={() => fileInput.current?.click()}>
          {t('progress.import-file')}
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden onChange={(event) => void upload(event)} data-testid="import-file" />
      </div>
      <label className="code-label" htmlFor="progress-code">
        {t('progress.code')}
      </label>
      <textarea id="progress-code" className="code-input" rows={3} value={code} onChange={(event) => setCode(event.target.value)} spellCheck={false} />
      <div className="setting-actions">
        <button type="button" className="button-secondary" onClick={() => void makeCode()}>
          {t('progress.make-code')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void applyCode()} disabled={code.trim() === ''}>
          {t('progress.use-code')}
        </button>
      </div>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">{t('progress.reset-question')}</p>
          <div className="setting-actions">
            <button type="button" className="button-danger" onClick={reset}>
              {t('progress.reset-yes')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)} autoFocus>
              {t('progress.reset-no')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button-danger-quiet" onClick={() => setConfirming(true)}>
          {t('progress.reset')}
        </button>
      )}
      <p className="setting-message" role="status">
        {message}
      </p>
    </fieldset>
  );
}
