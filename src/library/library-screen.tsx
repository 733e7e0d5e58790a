/**
 * The library: every story for readers as a cover, with its length, languages and the reader's progress. The list
 * comes with the app (made at build time), so it paints at once; no story is fetched until it is opened. Present and
 * Print are facilitators' tools: shown on the cards only once "For facilitators" is switched on (kept in settings), so
 * a youth's first screen holds stories, not buttons. The Studio (writing and adapting stories) is offered there too.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readerSummaries } from '../content/summaries';
import { useSettings } from '../store/settings';
import { routeHref } from '../ui/routes';
import { OpenStoryFile, PhoneShelf } from './open-story-file';
import { StoryCard } from './story-card';
import { useFirstScreenful } from './use-first-screenful';
import './library.css';

/**
 * A library that grows to a hundred stories must not make its first screen slower (issue 21): the page's own HTML
 * (first-screen.tsx) and the app's first render hold the cards of a first screenful, two columns on a wide screen; the
 * app adds the rest as the reader scrolls or tabs near them (use-first-screenful.ts). Covers past the first ones wait until they are
 * scrolled near, and the cards past them are laid out only then (library.css: content-visibility).
 */
const FIRST_SCREENFUL = 6;
const EAGER_COVERS = 4;

/** The File Handling API's queue (Chromium on a desktop); not in TypeScript's DOM types yet. */
interface LaunchQueue {
  setConsumer(consumer: (params: { files: readonly { getFile(): Promise<File> }[] }) => void): void;
}

/** A .komik file opened with the installed app (the manifest's file_handlers) is received as a file chosen here. */
function useLaunchedFile(onFile: (file: File) => void): void {
  useEffect(() => {
    const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
    queue?.setConsumer(({ files }) => {
      void files[0]?.getFile().then(onFile);
    });
  }, [onFile]);
}

/** `notice`: a word from the app for this screen (the pictures' download choice), shown under the introduction. */
export function LibraryScreen({ notice = null }: { notice?: ReactNode }) {
  const { t } = useTranslation();
  const facilitator = useSettings((settings) => settings.facilitator);
  const update = useSettings((settings) => settings.update);
  const [file, setFile] = useState<File | null>(null);
  useLaunchedFile(setFile);
  const { shown, near, end } = useFirstScreenful(readerSummaries.length, FIRST_SCREENFUL);
  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title">{t('library.title')}</h1>
        <button type="button" className="library-facilitator" aria-pressed={facilitator} onClick={() => update({ facilitator: !facilitator })}>
          {t('library.facilitator')}
        </button>
      </div>
      <p className="library-intro">{facilitator ? t('library.facilitator-intro') : t('library.intro')}</p>
      {facilitator ? (
        <p className="library-studio">
          <a className="button-secondary" href={routeHref({ screen: 'studio', draftId: null })}>
            {t('library.studio')}
          </a>
        </p>
      ) : null}
      {notice}
      <PhoneShelf facilitator={facilitator} file={file} />
      {/* Focus on a card brings in the next ones before Tab gets past the last; each item says its place in the whole. */}
      <ul className="story-list" onFocus={near}>
        {readerSummaries.slice(0, shown).map((summary, place) => (
          <li key={summary.id} ref={place === shown - 1 ? end : undefined} aria-posinset={place + 1} aria-setsize={readerSummaries.length}>
            <StoryCard summary={summary} facilitator={facilitator} coverEager={place < EAGER_COVERS} />
          </li>
        ))}
      </ul>
      <OpenStoryFile onFile={setFile} />
    </section>
  );
}
