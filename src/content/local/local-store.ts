/**
 * Stories on this phone in IndexedDB (through idb): each the files of the pack it came in, already checked (receive.ts),
 * so it reads offline and is never checked again. One record per story: a story and its pictures are written, replaced
 * and removed together. Errors (a full disk above all) are thrown to the caller, which says so; nothing half-written
 * stays, as a transaction is all or nothing.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Manifest } from '../../packs/manifest';
import { markLocalStories } from './local-id';

export interface LocalStoryRecord {
  /** The story's ID on this phone (local-id.ts). */
  id: string;
  /** The story's ID in its pack. */
  packId: string;
  /** The name of the file it came in. */
  fileName: string;
  /** The pack's size: what removing the story frees, near enough. */
  bytes: number;
  storedAt: number;
  storyText: string;
  translations: { file: string; text: string }[];
  art: { file: string; blob: Blob }[];
  /**
   * Its recorded narration, as in the pack: each language's narration file (narration/<language>.json) and the
   * recordings it lists (narration/<language>/<file>), checked when received. Absent on stories stored before packs
   * carried narration.
   */
  narration?: { file: string; text: string }[];
  recordings?: { file: string; blob: Blob }[];
  /**
   * The publisher whose signature the pack carried and the app verified (src/packs/sign.ts); absent: not from a known
   * publisher (unsigned, signed by someone the app does not know, or changed since it was signed).
   */
  publisher?: { id: string; name: string };
  /** The pack's signature, kept so the story shared on from this phone is still signed (its files are the same bytes). */
  signature?: Manifest['signature'];
}

interface LocalDb extends DBSchema {
  stories: { key: string; value: LocalStoryRecord };
}

const DB_NAME = 'komik-saku-local-stories';
let opening: Promise<IDBPDatabase<LocalDb>> | null = null;

function localDb(): Promise<IDBPDatabase<LocalDb>> {
  opening ??= openDB<LocalDb>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('stories', { keyPath: 'id' });
    },
  }).catch((error: unknown) => {
    opening = null; // private mode or a blocked upgrade: tried again next time
    throw error;
  });
  return opening;
}

/** Stores the story, replacing one of the same ID; resolves to whether it replaced one (an update). */
export async function putLocalStory(record: LocalStoryRecord): Promise<boolean> {
  const transaction = (await localDb()).transaction('stories', 'readwrite');
  const replaced = (await transaction.store.getKey(record.id)) !== undefined;
  await Promise.all([transaction.store.put(record), transaction.done]);
  markLocalStories(true);
  return replaced;
}

export async function getLocalStory(id: string): Promise<LocalStoryRecord | undefined> {
  return (await localDb()).get('stories', id);
}

/** Every story on this phone, the most recently received first. */
export async function listLocalStories(): Promise<LocalStoryRecord[]> {
  const all = await (await localDb()).getAll('stories');
  markLocalStories(all.length > 0);
  return all.sort((a, b) => b.storedAt - a.storedAt);
}

export async function deleteLocalStory(id: string): Promise<void> {
  const database = await localDb();
  await database.delete('stories', id);
  markLocalStories((await database.count('stories')) > 0);
}
