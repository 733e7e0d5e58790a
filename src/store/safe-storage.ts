/**
 * Persistence that never loses data and never crashes on it.
 * - Saved data that cannot be read (not JSON, the wrong shape, written by a newer version) is copied aside under a
 *   "set-aside" key and the reader is told; data read only in part is used for its good parts, and a copy of the whole
 *   is set aside the same way. Nothing is deleted.
 * - What could not be copied aside (the phone's storage is full) is never overwritten: it stays where it is, the
 *   reader is told the truth and offered a copy as a file, and nothing is written under that key until it can be.
 * - Several tabs share the data: every write merges with what is stored (another tab may have written since this one
 *   read), and each tab reads the data again when another tab writes it (followOtherTabs). How two copies combine is
 *   each store's own rule (`merge`; lessons.ts, progress.ts), so a lesson learned in any tab is never dropped.
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { useNotices } from './notices';

export { isRecord } from './records';

export const SET_ASIDE_PREFIX = 'komik-saku/set-aside/';

interface Options<S> {
  name: string;
  version: number;
  /**
   * Checks (and repairs) a stored state of the current version, calling `drop` for each part it cannot keep; null when
   * nothing can be used.
   */
  sanitize: (state: unknown, drop: () => void) => S | null;
  /**
   * Brings a stored state of an older version to the shape of the current one, which `sanitize` then checks like any
   * other; null means it cannot be used (it is set aside). Never drops lessons.
   */
  migrate: (state: unknown, fromVersion: number) => unknown;
  /** Two copies of the state as one: the older copy's and the newer's (by default, the newer alone). */
  merge?: (older: S, newer: S) => S;
}

type Reading<S> = { kind: 'ok' | 'partial'; state: S } | { kind: 'unreadable' } | { kind: 'newer' };

/**
 * True while a store reads what another tab wrote: a newer version's data then means this tab is the old one, and a
 * lesson that arrives was learned (and celebrated) over there.
 */
let followingOtherTab = false;

export function isFollowingOtherTab(): boolean {
  return followingOtherTab;
}

/** For writeAllNow(): whether what is stored under a name already holds everything of a state. */
const keepers = new Map<string, (state: unknown) => boolean>();

export function isKept(name: string, state: unknown): boolean {
  return keepers.get(name)?.(state) ?? false;
}

export function safePersist<S, A>(options: Options<S>): PersistOptions<S & A, S> {
  const merge = options.merge ?? ((_older: S, newer: S) => newer);
  const partialize = (store: S & A) => {
    const data = { ...store } as Record<string, unknown>;
    for (const key of Object.keys(data)) if (typeof data[key] === 'function') delete data[key];
    return data as S;
  };
  keepers.set(options.name, (state) => {
    const raw = readRaw(options.name);
    const stored = raw === null ? null : read(raw, options);
    return stored?.kind === 'ok' && JSON.stringify(merge(stored.state, state as S)) === JSON.stringify(stored.state);
  });
  return {
    name: options.name,
    version: options.version,
    storage: safeStorage(options, merge),
    // Only the data is stored, never the actions.
    partialize,
    // No `migrate` here: the storage migrates as it reads (read() below), since it must also merge what another tab
    // wrote and set aside what it cannot read; it always hands zustand the current version, so zustand's would never run.
    // The stored state (at start, or after another tab wrote it) combined with this tab's own.
    merge: (persisted, current) => (persisted === undefined ? current : { ...current, ...merge(partialize(current), persisted as S) }),
  };
}

function safeStorage<S>(options: Options<S>, merge: (older: S, newer: S) => S): PersistStorage<S> {
  const { name, version } = options;
  // A text already copied aside (a write that failed after the copy) is not copied twice.
  const setAsideOnce = (raw: string, noticeKey: string) => isSetAside(name, raw) || setAside(name, raw, noticeKey);
  const cannotSetAside = () => useNotices.getState().add('notice.kept', undefined, { kind: 'save-copy', name });
  // Another tab runs a newer version of the app: this one must not write over its data.
  const stopWriting = () => useNotices.getState().add('notice.newer-elsewhere', undefined, { kind: 'reload' });
  return {
    getItem: () => {
      const raw = readRaw(name);
      if (raw === null) return null;
      const reading = read(raw, options);
      if (reading.kind === 'newer' && followingOtherTab) {
        stopWriting();
        return null;
      }
      if (reading.kind === 'newer' || reading.kind === 'unreadable') {
        if (setAsideOnce(raw, reading.kind === 'newer' ? 'notice.newer' : 'notice.corrupt')) removeRaw(name);
        else cannotSetAside();
        return null;
      }
      // The good parts are used; the stored text is replaced by them only once a copy of it is safe.
      if (reading.kind === 'partial') {
        if (setAsideOnce(raw, 'notice.repaired')) writeRaw(name, { state: reading.state, version });
        else cannotSetAside();
      }
      return { state: reading.state, version };
    },
    setItem: (_name, value) => {
      const raw = readRaw(name);
      const stored = raw === null ? null : read(raw, options);
      if (stored?.kind === 'newer') return stopWriting();
      if (stored && stored.kind !== 'ok' && !setAsideOnce(raw!, stored.kind === 'partial' ? 'notice.repaired' : 'notice.corrupt')) return cannotSetAside();
      const state = stored && stored.kind !== 'unreadable' ? merge(stored.state, value.state) : value.state;
      if (!writeRaw(name, { state, version })) useNotices.getState().add('notice.storage-full', undefined, { kind: 'export-progress' });
    },
    removeItem: () => removeRaw(name),
  };
}

function read<S>(raw: string, options: Options<S>): Reading<S> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable' };
  }
  if (!isStored(value)) return { kind: 'unreadable' };
  if (value.version > options.version) return { kind: 'newer' };
  let dropped = false;
  // One path for every version: an older state is first brought up to date, then checked as the current one is.
  const state = safely(() => {
    const current = value.version < options.version ? options.migrate(value.state, value.version) : value.state;
    return current === null ? null : options.sanitize(current, () => (dropped = true));
  });
  if (!state) return { kind: 'unreadable' };
  return { kind: dropped ? 'partial' : 'ok', state };
}

/** Each tab reads the store again when another tab writes it, combining that tab's data with its own. */
export function followOtherTabs(store: { persist: { getOptions: () => { name?: string }; rehydrate: () => Promise<void> | void } }): void {
  if (typeof window === 'undefined') return;
  const name = store.persist.getOptions().name;
  window.addEventListener('storage', (event) => {
    // A null key: the other tab cleared all storage.
    if (event.key !== name && event.key !== null) return;
    followingOtherTab = true;
    try {
      // Reads storage at once (localStorage is synchronous); the promise only reports the end.
      void store.persist.rehydrate();
    } finally {
      followingOtherTab = false;
    }
  });
}

function readRaw(name: string): string | null {
  try {
    return localStorage.getItem(name);
  } catch {
    return null;
  }
}

function writeRaw(name: string, value: StorageValue<unknown>): boolean {
  try {
    localStorage.setItem(name, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function removeRaw(name: string): void {
  try {
    localStorage.removeItem(name);
  } catch {
    // Blocked storage: there is nothing to remove from.
  }
}

function isSetAside(name: string, raw: string): boolean {
  try {
    return Object.keys(localStorage).some((key) => key.startsWith(`${SET_ASIDE_PREFIX}${name}/`) && localStorage.getItem(key) === raw);
  } catch {
    return false;
  }
}

/** Copies the stored text aside and says so; false (and no notice) when storage refused the copy. */
function setAside(name: string, raw: string, noticeKey: string): boolean {
  const key = `${SET_ASIDE_PREFIX}${name}/${new Date().toISOString()}`;
  try {
    localStorage.setItem(key, raw);
  } catch {
    return false;
  }
  useNotices.getState().add(noticeKey, { key });
  return true;
}

function isStored(value: unknown): value is StorageValue<unknown> & { version: number } {
  return value !== null && typeof value === 'object' && 'state' in value && typeof (value as { version?: unknown }).version === 'number';
}

function safely<T>(work: () => T | null): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}
