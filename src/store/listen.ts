/**
 * The reader's choices for listen mode (src/reader/listen/, its core in src/comic/listen/): turn to the next panel by
 * itself after a panel is read, read each panel's description too (for blind and low-vision readers), and sound on or
 * off. A web page cannot read the phone's silent switch (there is no web API for the ringer), so silence is the
 * reader's own switch here: with it off, listen mode plays nothing and says so. Kept apart from the main settings so
 * the first download does not carry them; saved like them.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord } from './records';
import { followOtherTabs, safePersist } from './safe-storage';

export interface ListenSettings {
  autoAdvance: boolean;
  descriptions: boolean;
  sound: boolean;
}

interface ListenActions {
  update: (change: Partial<ListenSettings>) => void;
}

export const DEFAULT_LISTEN: ListenSettings = { autoAdvance: true, descriptions: false, sound: true };

export function sanitizeListen(value: unknown, drop: () => void = () => {}): ListenSettings | null {
  if (!isRecord(value)) return null;
  const pick = (key: keyof ListenSettings) => {
    if (value[key] === undefined) return DEFAULT_LISTEN[key];
    if (typeof value[key] === 'boolean') return value[key];
    drop();
    return DEFAULT_LISTEN[key];
  };
  if (Object.keys(value).some((key) => !Object.hasOwn(DEFAULT_LISTEN, key))) drop();
  return { autoAdvance: pick('autoAdvance'), descriptions: pick('descriptions'), sound: pick('sound') };
}

export const useListenSettings = create<ListenSettings & ListenActions>()(
  persist(
    (set) => ({ ...DEFAULT_LISTEN, update: (change) => set(change) }),
    safePersist<ListenSettings, ListenActions>({ name: 'komik-saku/listen', version: 1, sanitize: sanitizeListen, migrate: () => null }),
  ),
);
followOtherTabs(useListenSettings);
