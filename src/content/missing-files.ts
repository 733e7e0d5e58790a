/**
 * After another tab accepted an update, this older page's own files (a screen's script, a story) may be gone from the
 * server and from the offline cache, so a screen it has not opened yet cannot load. Reloading at the same address
 * brings the new version at the same place: progress is written at every step, and writeAllNow() checks it is stored.
 * Once in a while only, never in a loop: a failure just after such a reload is passed on (and shown) instead.
 */
import { writeAllNow } from '../store/write-now';

const RELOADED_AT = 'komik-saku/reloaded-for-missing-files';
const AT_MOST_EVERY_MS = 30_000;

export function reloadForMissingFiles(): boolean {
  if (typeof window === 'undefined') return false;
  // Offline, a reload fetches nothing new: the file is a story not saved on this phone (its screen says so), and without
  // the service worker the reload would show the browser's own error page instead of the app.
  if (!navigator.onLine) return false;
  try {
    if (Date.now() - Number(sessionStorage.getItem(RELOADED_AT) ?? 0) < AT_MOST_EVERY_MS) return false;
    if (!writeAllNow()) return false;
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}

/** Loads one of the app's own files; when it cannot be fetched, reloads the page (and never settles) or passes the failure on. */
export function loadOrReload<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    if (reloadForMissingFiles()) return new Promise<T>(() => {});
    throw error;
  });
}
