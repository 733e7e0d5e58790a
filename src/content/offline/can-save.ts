/** Whether this browser can keep stories for offline reading at all (a file of its own: the first screen asks it). */
export function canSaveOffline(): boolean {
  return typeof window !== 'undefined' && 'caches' in window && 'serviceWorker' in navigator;
}
