/**
 * A .komik file shared to the installed app (the manifest's share_target): the service worker (public/share-target.js)
 * keeps the POSTed file in a cache and opens the library with "?shared-pack"; the library receives it from there, as a
 * file it opened itself, and the cached copy is deleted whatever the outcome.
 */
import { receivePack, type Receipt } from './receive';

/** The cache and key public/share-target.js writes to (a plain script: it cannot import this). */
export const SHARED_CACHE = 'komik-saku-shared';
export const SHARED_KEY = 'shared-pack';

export async function receiveSharedPack(): Promise<{ fileName: string; receipt: Receipt } | null> {
  if (typeof caches === 'undefined') return null;
  const cache = await caches.open(SHARED_CACHE);
  const response = await cache.match(SHARED_KEY);
  if (!response) return null;
  await cache.delete(SHARED_KEY);
  const fileName = safeName(response.headers.get('x-file-name'));
  return { fileName, receipt: await receivePack(await response.blob(), fileName) };
}

function safeName(header: string | null): string {
  try {
    return header ? decodeURIComponent(header).slice(0, 200) : 'cerita.komik';
  } catch {
    return 'cerita.komik';
  }
}
