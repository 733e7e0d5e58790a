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

/** The Blob type for a picture by its file name, as the browser needs it to show an SVG from an object URL. */
export function pictureType(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return extension === 'svg' ? 'image/svg+xml' : extension === 'jpg' ? 'image/jpeg' : `image/${extension}`;
}
