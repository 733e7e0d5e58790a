/** One story in the library: cover, title, summary, length, languages and where the reader is. */
import { useTranslation } from 'react-i18next';
import { artUrl } from '../content/bundled';
import type { StoryLoad } from '../content/load-story';
import { storyLanguages, storyNamespace, useNamespaceText } from '../content/text';
import { isAtStart, readingFraction, restore } from '../engine';
import { storyKeys } from '../story/strings';
import { useProgress } from '../store/progress';
import { languageName } from '../ui/languages';
import { routeHref } from '../ui/routes';

export function StoryCard({ storyId, load }: { storyId: string; load: StoryLoad }) {
  const { t } = useTranslation();
  const text = useNamespaceText(storyNamespace(storyId));
  const save = useProgress((progress) => progress.saves[storyId]);
  const endings = useProgress((progress) => progress.endings[storyId]);
  if (!load.ok) {
    return (
      <article className="story-card story-card-broken">
        <h2>{storyId}</h2>
        <p>{t('library.broken', { file: load.file })}</p>
        <a href={routeHref({ screen: 'read', storyId })}>{t('library.see-problems')}</a>
      </article>
    );
  }
  const { story, translations } = load.value;
  const panels = story.scenes.reduce((sum, scene) => sum + scene.pages.reduce((count, page) => count + page.panels.length, 0), 0);
  const reached = endings?.length ?? 0;
  const state = save ? restore(story, save).state : null;
  const started = state !== null && !isAtStart(story, state);
  const percent = state ? Math.round(readingFraction(story, state) * 100) : 0;
  const status = reached > 0 ? t('library.endings-reached', { count: reached, total: story.endings.length }) : started ? t('library.reading', { percent }) : t('library.not-started');
  const titleId = `story-title-${storyId}`;
  return (
    <article className="story-card" aria-labelledby={titleId}>
      <img className="story-cover" src={artUrl(story.id, story.cover)} alt="" width={120} height={170} />
      <div className="story-info">
        <h2 id={titleId}>{text(storyKeys.title(), story.title)}</h2>
        <p className="story-summary">{text(storyKeys.summary(), story.summary)}</p>
        <p className="story-meta">
          {t('library.panels', { count: panels })} · {storyLanguages(story, translations).map(languageName).join(', ')}
        </p>
        <p className="story-status">{status}</p>
        <a className="button-primary story-open" href={routeHref({ screen: 'read', storyId })} aria-describedby={titleId}>
          {started && state?.at.kind !== 'ending' ? t('library.continue') : reached > 0 ? t('library.read-again') : t('library.start')}
        </a>
      </div>
    </article>
  );
}
