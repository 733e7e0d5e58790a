/**
 * Before the page reloads (an accepted update), make sure everything the reader has done is in storage. The stores
 * already write synchronously on every change (zustand persist over localStorage), so this writes each once more
 * and reads it back: if storage refused (full, blocked), the caller must not reload.
 */
import { useLessons } from './lessons';
import { useProgress } from './progress';
import { useSettings } from './settings';

interface PersistedStore {
  setState: (partial: object) => void;
  getState: () => object;
  persist: { getOptions: () => { name?: string; version?: number; partialize?: (state: never) => unknown } };
}

const stores = [useProgress, useLessons, useSettings] as unknown as PersistedStore[];

export function writeAllNow(): boolean {
  for (const store of stores) {
    const options = store.persist.getOptions();
    // setState with nothing new still runs persist's write of the whole state.
    store.setState({});
    const expected = JSON.stringify({ state: options.partialize!(store.getState() as never), version: options.version });
    try {
      if (localStorage.getItem(options.name!) !== expected) return false;
    } catch {
      return false;
    }
  }
  return true;
}
