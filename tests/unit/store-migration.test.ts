// @vitest-environment jsdom
/**
 * A store whose saved shape changes (version 1 → 2) reads what an older app version saved: the stored version 1 data
 * becomes version 2 with nothing lost, through the same path every read takes (safe-storage.ts), and is written back
 * as version 2 on the next save. Data a migration cannot read is set aside, never deleted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useNotices } from '../../src/store/notices';
import { isRecord, SET_ASIDE_PREFIX, safePersist } from '../../src/store/safe-storage';

const NAME = 'komik-saku/test-shelf';

/** Version 2 counts how often each lesson was learned; version 1 kept a list with repeats. */
interface Shelf {
  learned: Record<string, number>;
}

function sanitize(value: unknown, drop: () => void): Shelf | null {
  if (!isRecord(value) || !isRecord(value.learned)) return null;
  const learned: Record<string, number> = {};
  for (const [id, count] of Object.entries(value.learned)) {
    if (typeof count === 'number' && count > 0) learned[id] = count;
    else drop();
  }
  return { learned };
}

function migrate(value: unknown, fromVersion: number): unknown {
  if (fromVersion !== 1 || !isRecord(value) || !Array.isArray(value.learned)) return null;
  const learned: Record<string, unknown> = {};
  for (const id of value.learned) learned[String(id)] = typeof id === 'string' ? ((learned[id] as number | undefined) ?? 0) + 1 : 'not a lesson';
  return { learned };
}

/** The app starting with this store: it reads what is stored at once (localStorage is synchronous). */
const openShelf = () =>
  create<Shelf & { learn: (id: string) => void }>()(
    persist(
      (set) => ({ learned: {}, learn: (id) => set((store) => ({ learned: { ...store.learned, [id]: (store.learned[id] ?? 0) + 1 } })) }),
      safePersist<Shelf, { learn: (id: string) => void }>({ name: NAME, version: 2, sanitize, migrate }),
    ),
  );

const stored = () => JSON.parse(localStorage.getItem(NAME)!) as { state: unknown; version: number };
const setAside = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith(SET_ASIDE_PREFIX))
    .map((key) => localStorage.getItem(key));

beforeEach(() => {
  localStorage.clear();
  useNotices.setState({ notices: [] });
});
afterEach(() => localStorage.clear());

describe('a stored version 1 read by version 2', () => {
  it('becomes version 2 with every lesson kept, and is saved as version 2', () => {
    localStorage.setItem(NAME, JSON.stringify({ state: { learned: ['official-channels', 'check-licence', 'official-channels'] }, version: 1 }));
    const shelf = openShelf();
    expect(shelf.getState().learned).toEqual({ 'official-channels': 2, 'check-licence': 1 });
    expect(useNotices.getState().notices).toEqual([]);
    shelf.getState().learn('keep-documents');
    expect(stored()).toEqual({ state: { learned: { 'official-channels': 2, 'check-licence': 1, 'keep-documents': 1 } }, version: 2 });
    expect(setAside()).toEqual([]);
  });

  it('keeps the good parts of a version 1 with a broken one, and sets a copy of the whole aside with a notice', () => {
    const raw = JSON.stringify({ state: { learned: ['official-channels', 7] }, version: 1 });
    localStorage.setItem(NAME, raw);
    const shelf = openShelf();
    expect(shelf.getState().learned).toEqual({ 'official-channels': 1 });
    expect(setAside()).toEqual([raw]);
    expect(useNotices.getState().notices.map((notice) => notice.key)).toEqual(['notice.repaired']);
  });

  it('sets aside a version 1 it cannot read instead of deleting it', () => {
    const raw = JSON.stringify({ state: { learned: 'everything' }, version: 1 });
    localStorage.setItem(NAME, raw);
    const shelf = openShelf();
    expect(shelf.getState().learned).toEqual({});
    expect(setAside()).toEqual([raw]);
    expect(useNotices.getState().notices.map((notice) => notice.key)).toEqual(['notice.corrupt']);
  });
});
