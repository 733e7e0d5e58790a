/**
 * Asks the browser to keep the app's storage (the saved stories and progress) even when the phone runs low on
 * space. Asked once, after the reader first opens a story: by then the app has shown it is worth keeping, and
 * Chrome grants it more readily to a site in use (without a prompt; an installed app always gets it).
 */
let asked = false;

export function askToKeepStorage(): void {
  if (asked) return;
  asked = true;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) return;
  void storage
    .persisted()
    .then((kept) => (kept ? true : storage.persist()))
    .catch(() => false);
}
