/**
 * Before the page reloads (an accepted update, or files gone after another tab's update), make sure everything the
 * reader has done is in storage. The stores already write synchronously on every change (zustand persist over
 * localStorage), merged with what other tabs wrote; this writes each once more and checks that what is stored holds
 * everything this tab has: if storage refused (full, blocked), the caller must not reload.
 */
import { useLessons } from './lessons';
import { useProgress } from './progress';
import { isKept } from './safe-storage';
import { useSettings } from './settings';

interface PersistedStore {
  setState: (partial: object) => void;
  getState: () => object;
  persist: { getOptions: () => { name?: string; partialize?: (state: never) => unknown } };
}

const stores = [useProgress, useLessons, useSettings] as unknown as PersistedStore[];

export function writeAllNow(): boolean {
  return stores.every((store) => {
    const options = store.persist.getOptions();
    // setState with nothing new still runs persist's write of the whole state.
    store.setState({});
    return isKept(options.name!, options.partialize!(store.getState() as never));
  });
}
