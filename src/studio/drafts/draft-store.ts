/**
 * The drafts in IndexedDB (through idb). A write names the revision it read: if another tab stored the draft since,
 * the write is refused as a conflict instead of overwriting that tab's work. Errors (a full disk above all) are
 * thrown to the caller, which keeps the draft in memory and tries again (autosave.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { readDraft, summaryOf, type Draft, type DraftSummary } from './draft';

const DB_NAME = 'komik-saku-studio';

/** A picture of a draft's own (src/studio/art/art-store.ts), kept apart so a draft's story stays small to write. */
export interface StoredArt {
  draftId: string;
  name: string;
  blob: Blob;
}

/** A narrator's recording of one text in one language (src/studio/record/record-store.ts): Ogg Opus. */
export interface StoredClip {
  draftId: string;
  language: string;
  key: string;
  /** sourceHash of the text that was read. */
  source: string;
  seconds: number;
  blob: Blob;
}

export interface StudioDb extends DBSchema {
  drafts: { key: string; value: Draft };
  // v2: pictures, keyed [draftId, name].
  art: { key: [string, string]; value: StoredArt };
  // v3: recorded narration, keyed [draftId, language, key].
  narration: { key: [string, string, string]; value: StoredClip };
}

let opening: Promise<IDBPDatabase<StudioDb>> | null = null;

export function studioDb(): Promise<IDBPDatabase<StudioDb>> {
  opening ??= openDB<StudioDb>(DB_NAME, 3, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) database.createObjectStore('drafts', { keyPath: 'id' });
      if (oldVersion < 2) database.createObjectStore('art', { keyPath: ['draftId', 'name'] });
      if (oldVersion < 3) database.createObjectStore('narration', { keyPath: ['draftId', 'language', 'key'] });
    },
  }).catch((error: unknown) => {
    opening = null; // a failed open (private mode, a blocked upgrade) may be tried again
    throw error;
  });
  return opening;
}

/** Every readable draft, the most recently changed first. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const all = await (await studioDb()).getAll('drafts');
  return all
    .flatMap((value) => {
      const draft = readDraft(value);
      return draft ? [summaryOf(draft)] : [];
    })
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getDraft(id: string): Promise<Draft | null> {
  return readDraft(await (await studioDb()).get('drafts', id));
}

export type SaveResult = { kind: 'saved'; revision: number } | { kind: 'conflict'; stored: Draft };

/** Stores the draft if the stored one is still at `draft.revision` (or absent); the stored copy gets the next revision. */
export async function saveDraft(draft: Draft): Promise<SaveResult> {
  const transaction = (await studioDb()).transaction('drafts', 'readwrite');
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

/** The draft, its pictures and its recordings, together. */
export async function deleteDraft(id: string): Promise<void> {
  const transaction = (await studioDb()).transaction(['drafts', 'art', 'narration'], 'readwrite');
  await Promise.all([
    transaction.objectStore('drafts').delete(id),
    transaction.objectStore('art').delete(artOf(id)),
    transaction.objectStore('narration').delete(narrationOf(id)),
    transaction.done,
  ]);
}

/** Every picture key of a draft: [id, any name]. */
export const artOf = (draftId: string) => IDBKeyRange.bound([draftId, ''], [draftId, '\uffff']);

/** Every recording key of a draft, or of one of its languages: [id, language, any key]. */
export const narrationOf = (draftId: string, language?: string) =>
  language === undefined
    ? IDBKeyRange.bound([draftId, '', ''], [draftId, '\uffff', '\uffff'])
    : IDBKeyRange.bound([draftId, language, ''], [draftId, language, '\uffff']);
