/**
 * The pictures of stories on this phone, as object URLs of the Blobs stored with them (IndexedDB), so the reader, the
 * present screen, print and the library's cover show them as they show the app's own files (artUrl), offline too.
 */
const urls = new Map<string, Map<string, string>>();

export function showLocalArt(storyId: string, art: ReadonlyMap<string, Blob>): void {
  forgetLocalArt(storyId);
  urls.set(storyId, new Map([...art].map(([file, blob]) => [file, URL.createObjectURL(blob)])));
}

/** Frees the pictures' memory (a story removed or replaced). */
export function forgetLocalArt(storyId: string): void {
  for (const url of urls.get(storyId)?.values() ?? []) URL.revokeObjectURL(url);
  urls.delete(storyId);
}

export function localArtUrl(storyId: string, fileName: string): string | undefined {
  return urls.get(storyId)?.get(fileName);
}
