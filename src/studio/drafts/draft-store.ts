/**
 * The drafts in IndexedDB (through idb). A write names the revision it read: if another tab stored the draft since,
 * the write is refused as a conflict instead of overwriting that tab's work. Errors (a full disk above all) are
 * thrown to the caller, which keeps the draft in memory and tries again (autosave.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { readDraft, summaryOf, type Draft, type DraftSummary } from './draft';

const DB_NAME = 'komik-saku-studio';

interface StudioDb extends DBSchema {
  drafts: { key: string; value: Draft };
}

let opening: Promise<IDBPDatabase<StudioDb>> | null = null;

function db(): Promise<IDBPDatabase<StudioDb>> {
  opening ??= openDB<StudioDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('drafts', { keyPath: 'id' });
    },
  }).catch((error: unknown) => {
    opening = null; // a failed open (private mode, a blocked upgrade) may be tried again
    throw error;
  });
  return opening;
}

/** Every readable draft, the most recently changed first. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const all = await (await db()).getAll('drafts');
  return all
    .flatMap((value) => {
      const draft = readDraft(value);
      return draft ? [summaryOf(draft)] : [];
    })
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getDraft(id: string): Promise<Draft | null> {
  return readDraft(await (await db()).get('drafts', id));
}

export type SaveResult = { kind: 'saved'; revision: number } | { kind: 'conflict'; stored: Draft };

/** Stores the draft if the stored one is still at `draft.revision` (or absent); the stored copy gets the next revision. */
export async function saveDraft(draft: Draft): Promise<SaveResult> {
  const transaction = (await db()).transaction('drafts', 'readwrite');
  const stored = readDraft(await transaction.store.get(draft.id));
  if (stored && stored.revision !== draft.revision) {
    transaction.abort();
    await transaction.done.catch(() => undefined);
    return { kind: 'conflict', stored };
  }
  const revision = draft.revision + 1;
  await transaction.store.put({ ...draft, revision });
  await transaction.done;
  return { kind: 'saved', revision };
}

export async function deleteDraft(id: string): Promise<void> {
  await (await db()).delete('drafts', id);
}
