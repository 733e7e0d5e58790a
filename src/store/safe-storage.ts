/**
 * Persistence that never loses data and never crashes on it: saved data that cannot be read (not JSON, the
 * wrong shape, written by a newer version) is moved aside under a "set-aside" key and the reader is told,
 * and the app starts clean. Nothing is deleted.
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { useNotices } from './notices';

export const SET_ASIDE_PREFIX = 'komik-saku/set-aside/';

interface Options<S> {
  name: string;
  version: number;
  /** Checks (and repairs) a stored state of the current version; null means it cannot be used. */
  sanitize: (state: unknown) => S | null;
  /** Brings a stored state of an older version up to date; null means it cannot be used. Never drops lessons. */
  migrate: (state: unknown, fromVersion: number) => S | null;
}

export function safePersist<S, A>(options: Options<S>): PersistOptions<S & A, S> {
  return {
    name: options.name,
    version: options.version,
    storage: safeStorage(options),
    // Only the data is stored, never the actions.
    partialize: (store) => {
      const data = { ...store } as Record<string, unknown>;
      for (const key of Object.keys(data)) if (typeof data[key] === 'function') delete data[key];
      return data as S;
    },
    migrate: (state, version) => {
      const migrated = options.migrate(state, version);
      if (!migrated) throw new Error('unreadable');
      return migrated as S & A;
    },
  };
}

function safeStorage<S>(options: Options<S>): PersistStorage<S> {
  return {
    getItem: (name) => {
      const raw = readRaw(name);
      if (raw === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        return setAside(name, raw, 'notice.corrupt');
      }
      if (!isStored(value)) return setAside(name, raw, 'notice.corrupt');
      if (value.version > options.version) return setAside(name, raw, 'notice.newer');
      if (value.version < options.version) {
        const migrated = safely(() => options.migrate(value.state, value.version));
        return migrated ? { state: migrated, version: options.version } : setAside(name, raw, 'notice.corrupt');
      }
      const state = safely(() => options.sanitize(value.state));
      return state ? { state, version: value.version } : setAside(name, raw, 'notice.corrupt');
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, JSON.stringify(value));
      } catch {
        useNotices.getState().add('notice.storage-full');
      }
    },
    removeItem: (name) => localStorage.removeItem(name),
  };
}

function readRaw(name: string): string | null {
  try {
    return localStorage.getItem(name);
  } catch {
    return null;
  }
}

function setAside(name: string, raw: string, noticeKey: string): null {
  const key = `${SET_ASIDE_PREFIX}${name}/${new Date().toISOString()}`;
  try {
    localStorage.setItem(key, raw);
    localStorage.removeItem(name);
  } catch {
    // Storage is full or blocked: leave the original where it is rather than lose it.
  }
  useNotices.getState().add(noticeKey, { key });
  return null;
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
