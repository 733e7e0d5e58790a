/** One story in the library: cover, title, summary, length, languages and where the reader is. */
import { OfflineSlot } from './offline-slot';
import { StorySummaryText } from './story-summary-text';
import { useTranslation } from 'react-i18next';
import { CARD_COVER, cardCoverPath } from '../art/card-cover';
import { artUrl } from '../content/bundled';
import { isLocalStoryId } from '../content/local/local-id';
import { summaryText, type StorySummary } from '../content/summary';
import { useProgress } from '../store/progress';
import { hasLanguage, languageShortName } from '../ui/languages';
import { routeHref } from '../ui/routes';
import { ShareStory } from '../ui/share/share-story';
import { useReadingPlace } from './use-reading-place';
import type { ReactNode } from 'react';

/**
 * A bundled story's cover is the small picture the build made for the card (a phone decodes it off its main thread);
 * a story on this phone shows its own stored cover.
 */
function coverSrc(storyId: string, cover: string): string {
  return isLocalStoryId(storyId) ? artUrl(storyId, cover) : `${import.meta.env.BASE_URL}${cardCoverPath(storyId)}`;
}

/**
 * `coverEager`: the cover is on the first screen, so it is fetched at once (lazily, it would be the late LCP). `mark`,
 * under the title, and `footer`, at the end: a story on this phone's mark and removal (on-this-phone.tsx).
 */
export function StoryCard({
  summary,
  facilitator,
  coverEager,
  mark,
  footer,
}: {
  summary: StorySummary;
  facilitator: boolean;
  coverEager: boolean;
  mark?: ReactNode;
  footer?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const storyId = summary.id;
  const save = useProgress((progress) => progress.saves[storyId]);
  const endings = useProgress((progress) => progress.endings[storyId]);
  // Where the reader is needs the story itself: loaded only for stories with a saved place.
  const place = useReadingPlace(storyId, save, summary.ok);
  if (!summary.ok) {
    return (
      <article className="story-card story-card-broken">
        <h2>{storyId}</h2>
        <p>{t('library.broken', { file: summary.file })}</p>
        <a href={routeHref({ screen: 'read', storyId })}>{t('library.see-problems')}</a>
      </article>
    );
  }
  const reached = endings?.length ?? 0;
  const started = place?.started ?? false;
  const status =
    reached > 0
      ? t('library.endings-reached', { count: reached, total: summary.endings })
      : started
        ? t('library.reading', { percent: place?.percent ?? 0 })
        : t('library.not-started');
  const titleId = `story-title-${storyId}`;
  const language = i18n.language;
  const title = summaryText(summary.title, language, summary.language);
  return (
    <article className="story-card" aria-labelledby={titleId}>
      <img
        className="story-cover"
        src={coverSrc(storyId, summary.cover)}
        alt=""
        width={CARD_COVER.width}
        height={CARD_COVER.height}
        loading={coverEager ? 'eager' : 'lazy'}
      />
      <div className="story-info">
        <h2 id={titleId}>{title}</h2>
        {mark}
        <p className="story-meta">
          {t('library.panels', { count: summary.panels })} · {t('library.languages', { languages: summary.languages.map(languageShortName).join(' · ') })}
        </p>
        {hasLanguage(summary.languages, language) ? null : (
          <p className="story-meta story-no-language">{t('library.not-in-language', { language: languageShortName(summary.language) })}</p>
        )}
        <p className="story-status">{status}</p>
        <a className="button-primary story-open" href={routeHref({ screen: 'read', storyId })} aria-describedby={titleId}>
          {started && !place?.atEnding ? t('library.continue') : reached > 0 ? t('library.read-again') : t('library.start')}
        </a>
      </div>
      <StorySummaryText text={summaryText(summary.summary, language, summary.language)} />
      <div className="story-more">
        {facilitator ? (
          <>
            <a className="button-quiet" href={routeHref({ screen: 'present', storyId, view: 'room' })} aria-describedby={titleId}>
              {t('library.present')}
            </a>
            <a className="button-quiet" href={routeHref({ screen: 'print', storyId })} aria-describedby={titleId}>
              {t('library.print')}
            </a>
          </>
        ) : null}
        <ShareStory storyId={storyId} describedBy={titleId} />
        <OfflineSlot storyId={storyId} describedBy={titleId} />
      </div>
      {footer}
    </article>
  );
}
