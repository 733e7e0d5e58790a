/**
 * Stories on this phone: what became of a file opened or shared to the app, in the reader's words, and the stories
 * already received, each a card like the app's own, marked and removable. Loaded only when needed (open-story-file.tsx).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localShelf, removeLocalStory, type LocalEntry } from '../content/local/local-shelf';
import { mayHaveLocalStories, sharedPackWaiting } from '../content/local/local-id';
import type { Receipt } from '../content/local/receive';
import { summaryText } from '../content/summary';
import { printable } from '../story/printable';
import { formatBytes } from '../ui/bytes';
import { addTrustWords } from '../ui/trust/trust-words';
import { addPhoneStrings } from './phone-strings';
import { RemoveLocal } from './remove-local';
import { StoryCard } from './story-card';

interface Outcome {
  fileName: string;
  /** null: the file could not be read at all. */
  receipt: Receipt | null;
}

/** The received stories, listed when there may be some, and again after each change. */
function useLocalEntries() {
  const [entries, setEntries] = useState<LocalEntry[]>([]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (version === 0 && !mayHaveLocalStories()) return;
    let live = true;
    localShelf().then(
      (list) => live && setEntries(list),
      () => undefined, // storage unreadable (private mode): the app's own stories still show
    );
    return () => {
      live = false;
    };
  }, [version]);
  const refresh = useCallback(() => setVersion((count) => count + 1), []);
  // Off the list before its pictures are let go: a card drawn in between would ask the server for them.
  const remove = (storyId: string) => removeLocalStory(storyId, () => setEntries((list) => list.filter((entry) => entry.summary.id !== storyId))).then(refresh);
  return { entries, refresh, remove };
}

/** Each file is received once, however often an effect asks (React runs effects twice in development). */
const receiving = new WeakMap<File, Promise<Outcome | null>>();
let sharedReceiving: Promise<Outcome | null> | null = null;

function receiveOnce(file: File | 'shared'): Promise<Outcome | null> {
  if (file === 'shared') {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.hash}`);
    sharedReceiving ??= import('../content/local/shared-file').then((module) => module.receiveSharedPack());
    return sharedReceiving;
  }
  let pending = receiving.get(file);
  if (!pending) {
    pending = import('../content/local/receive').then((module) => module.receivePack(file, file.name)).then((receipt) => ({ fileName: file.name, receipt }));
    receiving.set(file, pending);
  }
  return pending;
}

/** Receives `file` (a File chosen in the library, or "shared" for the one shared to the app), once per value. */
function useReceiving(file: File | 'shared' | null, onDone: () => void): Outcome | 'working' | null {
  const [done, setDone] = useState<{ file: File | 'shared'; outcome: Outcome | null } | null>(null);
  useEffect(() => {
    if (!file) return;
    let live = true;
    const finish = (outcome: Outcome | null) => {
      if (!live) return;
      setDone({ file, outcome });
      onDone();
    };
    receiveOnce(file).then(finish, () => finish(file === 'shared' ? null : { fileName: file.name, receipt: null }));
    return () => {
      live = false;
    };
  }, [file, onDone]);
  if (!file) return null;
  return done?.file === file ? done.outcome : 'working';
}

export function OnThisPhone({ facilitator, file }: { facilitator: boolean; file: File | null }) {
  const { t, i18n } = useTranslation();
  useState(() => {
    addPhoneStrings(i18n);
    addTrustWords(i18n);
  });
  const { entries, refresh, remove } = useLocalEntries();
  // A file shared to the installed app is taken once (useReceiving puts the address back).
  const [shared] = useState(sharedPackWaiting);
  const outcome = useReceiving(file ?? (shared ? 'shared' : null), refresh);
  const titleOf = (storyId: string) => {
    const summary = entries.find((entry) => entry.summary.id === storyId)?.summary;
    return summary?.ok ? summaryText(summary.title, i18n.language, summary.language) : storyId;
  };
  return (
    <>
      <div aria-live="polite">
        {outcome === 'working' ? <p>{t('library.receiving')}</p> : outcome ? <OutcomeNote outcome={outcome} title={titleOf} /> : null}
      </div>
      {entries.length > 0 ? (
        <ul className="story-list library-local">
          {entries.map(({ summary, bytes, publisher }) => {
            const size = formatBytes(bytes, i18n.language);
            return (
              <li key={summary.id}>
                <StoryCard
                  summary={summary}
                  facilitator={facilitator}
                  // Its cover is a picture already on the phone (from the store), not a download.
                  coverEager
                  mark={
                    <>
                      <p className="story-local-mark">{t('library.on-this-phone', { size })}</p>
                      <p className={publisher ? 'story-publisher' : 'story-unverified'}>
                        {publisher ? t('trust.card-publisher', { name: publisher.name }) : t('trust.card-unknown')}
                      </p>
                    </>
                  }
                  footer={<RemoveLocal title={titleOf(summary.id)} size={size} onRemove={() => remove(summary.id)} describedBy={`story-title-${summary.id}`} />}
                />
              </li>
            );
          })}
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
