/**
 * The stories' pictures on the phone. They are not part of the app's first download (about 5 MB: data is expensive):
 * the reader chooses to store them all at once, or lets each picture be kept as it is opened (the service worker keeps
 * every picture it serves in ART_CACHE: vite.config.ts). The list of pictures and their sizes is made at build time.
 */

/** The service worker's cache of pictures, shared with vite.config.ts. */
export const ART_CACHE = 'komik-saku-art';
/** The build's list of every story picture (vite.config.ts writes it). */
export const ART_LIST_FILE = 'art-files.json';

export interface ArtList {
  /** Paths from the app's base, e.g. "panels/jalan-sari/tawaran-1.svg". */
  files: string[];
  bytes: number;
}

export async function fetchArtList(): Promise<ArtList | null> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${ART_LIST_FILE}`);
    if (!response.ok) return null;
    const list = (await response.json()) as Partial<ArtList>;
    return Array.isArray(list.files) && typeof list.bytes === 'number'
      ? { files: list.files.filter((file) => typeof file === 'string'), bytes: list.bytes }
      : null;
  } catch {
    return null;
  }
}

/** Whether this browser can keep pictures for offline reading at all. */
export function canStoreArt(): boolean {
  return typeof window !== 'undefined' && 'caches' in window && 'serviceWorker' in navigator;
}

/**
 * Stores every picture not stored yet, six at a time, telling how far it is (0 to 1). Resolves to false when some
 * could not be fetched (offline half-way): what was stored stays, and trying again fetches only the rest.
 */
export async function storeAllArt(list: ArtList, onProgress: (done: number) => void): Promise<boolean> {
  const cache = await caches.open(ART_CACHE);
  const urls = list.files.map((file) => new URL(`${import.meta.env.BASE_URL}${file}`, window.location.href).href);
  let done = 0;
  let ok = true;
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      if (!(await cache.match(url))) await cache.add(url).catch(() => (ok = false));
      onProgress(++done / urls.length);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return ok;
}
