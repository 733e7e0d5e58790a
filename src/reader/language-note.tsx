/**
 * Says so when a story has no text in the reader's language, rather than switching to another language silently
 * (Javanese readers met Indonesian in three stories of four without a word). Put away with a tap, for this reading.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storySummaries } from '../content/summaries';
import { hasLanguage, languageName } from '../ui/languages';

export function LanguageNote({ storyId }: { storyId: string }) {
  const { t, i18n } = useTranslation();
  const [closed, setClosed] = useState(false);
  const summary = storySummaries.find((item) => item.id === storyId);
  if (closed || !summary?.ok || hasLanguage(summary.languages, i18n.language)) return null;
  return (
    <p className="reader-language-note" role="note" lang={i18n.language}>
      <span>{t('reader.not-in-language', { mine: languageName(i18n.language), language: languageName(summary.language) })}</span>
      <button type="button" onClick={() => setClosed(true)}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t('app.close')}</span>
      </button>
    </p>
  );
}
