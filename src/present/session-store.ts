/**
 * Where a facilitator session is kept between reloads: its own key per story (komik-saku/present/<story>), never
 * the reader's personal progress, so projecting a story in a workshop leaves the laptop owner's own reading alone.
 * Persisted through safePersist: unreadable data is set aside with a notice, never a crash.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord, safePersist } from '../store/safe-storage';
import type { PresentSession } from './session';

export const SESSION_KEY_PREFIX = 'komik-saku/present/';

interface Stored {
  /** Checked against the story (readSession) when a window opens it. */
  session: PresentSession | null;
}

interface Actions {
  keep: (session: PresentSession) => void;
}

const createStore = (storyId: string) =>
  create<Stored & Actions>()(
    persist(
      (set) => ({ session: null, keep: (session) => set({ session }) }),
      safePersist<Stored, Actions>({ name: `${SESSION_KEY_PREFIX}${storyId}`, version: 1, sanitize, migrate: () => null }),
    ),
  );

export type SessionStore = ReturnType<typeof createStore>;

const stores = new Map<string, SessionStore>();

function sanitize(value: unknown): Stored | null {
  if (!isRecord(value)) return null;
  if (value.session === null) return { session: null };
  return isRecord(value.session) ? { session: value.session as unknown as PresentSession } : null;
}

export function sessionStore(storyId: string): SessionStore {
  let store = stores.get(storyId);
  if (!store) {
    store = createStore(storyId);
    stores.set(storyId, store);
  }
  return store;
}
