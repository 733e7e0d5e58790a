/**
 * Stories on this phone: "Open a story file" (a .komik received over WhatsApp, Bluetooth or nearby share), what became
 * of it in the reader's words, and the stories already received, each a card like the app's own. The store's and the
 * pack reader's code load only once a file is opened, or when this phone holds such stories (local-id.ts's mark).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalEntry } from '../content/local/local-shelf';
import { mayHaveLocalStories } from '../content/local/local-id';
import type { Receipt } from '../content/local/receive';
import { summaryText } from '../content/summary';
import { printable } from '../story/printable';
import { formatBytes } from '../ui/bytes';
import { StoryCard } from './story-card';

type Outcome = { fileName: string; receipt: Receipt } | { fileName: string; receipt: null };

const sharedPackWaiting = () => typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('shared-pack');

const shelf = () => import('../content/local/local-shelf');

/** The received stories, listed when there may be some, and again after each change. */
function useLocalEntries(): { entries: LocalEntry[]; refresh: () => void; remove: (storyId: string) => Promise<void> } {
  const [entries, setEntries] = useState<LocalEntry[]>([]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (version === 0 && !mayHaveLocalStories()) return;
    let live = true;
    void shelf()
      .then((module) => module.localShelf())
      .then(
        (list) => live && setEntries(list),
        () => undefined, // storage unreadable (private mode): the app's own stories still show
      );
    return () => {
      live = false;
    };
  }, [version]);
  const refresh = useCallback(() => setVersion((count) => count + 1), []);
  // Off the list before its pictures are let go: a card drawn in between would ask the server for them.
  const remove = (storyId: string) =>
    shelf()
      .then((module) => module.removeLocalStory(storyId, () => setEntries((list) => list.filter((entry) => entry.summary.id !== storyId))))
      .then(refresh);
  return { entries, refresh, remove };
}

export function OnThisPhone({ facilitator }: { facilitator: boolean }) {
  const { t, i18n } = useTranslation();
  const { entries, refresh, remove } = useLocalEntries();
  // A file shared to the installed app: the service worker opened the library with "?shared-pack".
  const [outcome, setOutcome] = useState<Outcome | 'working' | null>(() => (sharedPackWaiting() ? 'working' : null));
  const settle = useCallback(
    (next: Outcome | null) => {
      setOutcome(next);
      refresh();
    },
    [refresh],
  );
  useEffect(() => {
    if (!sharedPackWaiting()) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.hash}`);
    void import('../content/local/shared-file').then((module) => module.receiveSharedPack()).then(settle, () => settle(null));
  }, [settle]);
  const open = (file: File) => {
    setOutcome('working');
    void import('../content/local/receive')
      .then((module) => module.receivePack(file, file.name))
      .then(
        (receipt) => settle({ fileName: file.name, receipt }),
        () => settle({ fileName: file.name, receipt: null }),
      );
  };
  const titleOf = (storyId: string) => {
    const summary = entries.find((entry) => entry.summary.id === storyId)?.summary;
    return summary?.ok ? summaryText(summary.title, i18n.language, summary.language) : storyId;
  };
  return (
    <>
      <div className="library-open-file">
        <label className="button-secondary">
          {t('library.open-file')}
          <input
            type="file"
            className="visually-hidden"
            accept=".komik,application/zip,application/octet-stream"
            disabled={outcome === 'working'}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) open(file);
            }}
          />
        </label>
        <span className="library-open-hint">{t('library.open-file-hint')}</span>
      </div>
      <div aria-live="polite">
        {outcome === 'working' ? <p>{t('library.receiving')}</p> : outcome ? <OutcomeNote outcome={outcome} title={titleOf} /> : null}
      </div>
      {entries.length > 0 ? (
        <ul className="story-list library-local">
          {entries.map(({ summary, bytes }) => (
            <li key={summary.id}>
              <StoryCard
                summary={summary}
                facilitator={facilitator}
                local={{
                  size: formatBytes(bytes, i18n.language),
                  onRemove: () => remove(summary.id),
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function OutcomeNote({ outcome, title }: { outcome: Outcome; title: (storyId: string) => string }) {
  const { t } = useTranslation();
  const { receipt } = outcome;
  const file = printable(outcome.fileName);
  if (receipt?.ok) return <p className="library-received">{t(receipt.updated ? 'library.updated' : 'library.received', { title: title(receipt.storyId) })}</p>;
  return (
    <div className="library-refused" role="alert">
      <p>{t(`library.refused-${receipt?.reason ?? 'storage'}`, { file })}</p>
      {receipt && receipt.problems.length > 0 ? (
        <details>
          <summary>{t('library.problem-details')}</summary>
          <ul>
            {receipt.problems.slice(0, 10).map((problem, index) => (
              <li key={index}>
                {printable(problem.file)}: {printable(problem.message)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
