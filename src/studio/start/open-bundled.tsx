/** Adapt a bundled story: a copy of its story.json and translations becomes a new draft (the bundled one is untouched). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bundledStoryIds, storyFile, translationFilesOf } from '../../content/bundled';
import { storySummaries } from '../../content/summaries';
import { summaryText } from '../../content/summary';
import { loadStory, loadTranslation } from '../../story/load';
import type { Translation } from '../../story/schema';
import { startDraft } from '../drafts/use-draft';
import { goToDraft } from './go-to-draft';

async function copyOf(storyId: string): Promise<string> {
  const source = storyFile(storyId);
  if (!source) throw new Error(storyId);
  const parsed = loadStory(await source.load(), source.file);
  if (!parsed.ok) throw new Error(source.file);
  const translations: Translation[] = [];
  for (const entry of translationFilesOf(storyId)) {
    const read = loadTranslation(await entry.load(), entry.file);
    if (read.ok) translations.push(read.value);
  }
  return startDraft(parsed.value, translations);
}

export function OpenBundled() {
  const { t, i18n } = useTranslation();
  const [storyId, setStoryId] = useState(bundledStoryIds[0] ?? '');
  const [failed, setFailed] = useState(false);
  const title = (id: string) => {
    const summary = storySummaries.find((item) => item.id === id);
    return summary?.ok ? summaryText(summary.title, i18n.language, summary.language) : id;
  };
  return (
    <form
      className="studio-bundled"
      aria-labelledby="studio-bundled-title"
      onSubmit={(event) => {
        event.preventDefault();
        copyOf(storyId).then(goToDraft, () => setFailed(true));
      }}
    >
      <h2 id="studio-bundled-title">{t('studio.adapt')}</h2>
      <p>{t('studio.adapt-intro')}</p>
      <label>
        {t('studio.bundled-story')}
        <select value={storyId} onChange={(event) => setStoryId(event.target.value)}>
          {bundledStoryIds.map((id) => (
            <option key={id} value={id}>
              {title(id)}
            </option>
          ))}
        </select>
      </label>
      {failed ? <p role="alert">{t('studio.adapt-failed')}</p> : null}
      <button type="submit" className="button-primary">
        {t('studio.adapt-start')}
      </button>
    </form>
  );
}
