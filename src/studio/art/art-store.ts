/**
 * A draft's own pictures in IndexedDB (the "art" store of the Studio's database, beside the drafts): Blobs keyed by
 * draft and file name. Errors, a full disk above all, are thrown to the caller, which says so and changes nothing.
 */
import { artOf, studioDb } from '../drafts/draft-store';

/** The draft's own pictures by file name (the translation view's folder export reads them too). */
export async function draftArt(draftId: string): Promise<Map<string, Blob>> {
  const stored = await (await studioDb()).getAll('art', artOf(draftId));
  return new Map(stored.map((file) => [file.name, file.blob]));
}

/** Stores pictures of a draft, all or none. */
export async function putDraftArt(draftId: string, files: ReadonlyMap<string, Blob>): Promise<void> {
  if (files.size === 0) return;
  const transaction = (await studioDb()).transaction('art', 'readwrite');
  await Promise.all([...[...files].map(([name, blob]) => transaction.store.put({ draftId, name, blob })), transaction.done]);
}

/** A duplicated draft gets its own copy of the pictures (a Blob is stored by value, so deleting one keeps the other). */
export async function copyDraftArt(fromId: string, toId: string): Promise<void> {
  await putDraftArt(toId, await draftArt(fromId));
}

/**
 * Deletes the draft's pictures its story no longer shows (a panel composed again or given another picture leaves the
 * old one behind). Run when the draft is opened, when no undo step can bring an old picture back; returns the names.
 */
export async function pruneDraftArt(draftId: string, inUse: readonly string[]): Promise<string[]> {
  const transaction = (await studioDb()).transaction('art', 'readwrite');
  const names = (await transaction.store.getAllKeys(artOf(draftId))).map(([, name]) => name);
  const unused = names.filter((name) => !inUse.includes(name));
  await Promise.all([...unused.map((name) => transaction.store.delete([draftId, name])), transaction.done]);
  return unused;
}

/** The Blob type for a picture by its file name, as the browser needs it to show an SVG from an object URL. */
export function pictureType(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return extension === 'svg' ? 'image/svg+xml' : extension === 'jpg' ? 'image/jpeg' : `image/${extension}`;
}
