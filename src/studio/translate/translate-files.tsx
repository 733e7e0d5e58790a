/**
 * Files for translators who work outside the app: one language downloaded as XLIFF, a returned file brought back in.
 * The XLIFF library is part of the Studio's lazy chunk (a dynamic import of its own split the reader's first chunk).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printable } from '../../story/printable';
import type { Story, Translation } from '../../story/schema';
import { downloadFile } from '../../ui/download';
import { fromXliff, MAX_XLIFF_BYTES, toXliff, xliffFileName, type ImportRefusal } from './xliff';

type Outcome = { kind: 'imported'; file: string; updated: number; stale: string[] } | { kind: 'refused'; file: string; refusal: ImportRefusal } | null;

const listed = (keys: readonly string[]) => printable(keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : ''));

export function TranslateFiles({ story, translation, change }: { story: Story; translation: Translation; change: (next: Translation) => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const download = () => downloadFile(xliffFileName(story, translation.language), toXliff(story, translation), 'application/xliff+xml');
  const bringIn = async (file: File) => {
    // A huge file is refused before it is read into memory.
    const bytes = file.size > MAX_XLIFF_BYTES ? new Uint8Array(MAX_XLIFF_BYTES + 1) : new Uint8Array(await file.arrayBuffer());
    const result = fromXliff(bytes, story, translation);
    const name = printable(file.name);
    if (!result.ok) return setOutcome({ kind: 'refused', file: name, refusal: result.refusal });
    if (result.updated.length > 0) change(result.translation);
    setOutcome({ kind: 'imported', file: name, updated: result.updated.length, stale: result.stale });
  };
  return (
    // Folded away: most authors translate here; the files are for translators who work elsewhere.
    <details className="translate-files">
      <summary>{t('studio.translate.files')}</summary>
      <p>{t('studio.translate.files-intro')}</p>
      <div className="translate-files-actions">
        <button type="button" className="button-secondary" onClick={download}>
          {t('studio.translate.export')}
        </button>
        <label>
          {t('studio.translate.import')}
          <input
            type="file"
            accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void bringIn(file);
            }}
          />
        </label>
      </div>
      {outcome?.kind === 'imported' ? (
        <div role="status">
          <p>{t('studio.translate.imported', { count: outcome.updated, file: outcome.file })}</p>
          {outcome.stale.length > 0 ? <p>{t('studio.translate.imported-stale', { count: outcome.stale.length, keys: listed(outcome.stale) })}</p> : null}
        </div>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <div role="alert" className="translate-refused">
          <p>{t('studio.translate.refused', { file: outcome.file })}</p>
          <p>{refusalText(outcome.refusal, t)}</p>
        </div>
      ) : null}
    </details>
  );
}

function refusalText(refusal: ImportRefusal, t: (key: string, options?: Record<string, string>) => string): string {
  const key = `studio.translate.refused-${refusal.reason}`;
  if (refusal.reason === 'wrong-story') return t(key, { story: printable(refusal.story.slice(0, 80)) });
  if (refusal.reason === 'wrong-language') return t(key, { language: printable(refusal.language.slice(0, 40)) });
  if (refusal.reason === 'unknown-keys' || refusal.reason === 'not-plain-text') return t(key, { keys: listed(refusal.keys) });
  return t(key);
}
