/**
 * Every bundled story saved at once ("all stories now", src/app/download-choice.tsx and Settings): the files of every
 * story (text and pictures, offline/plan.ts) not saved yet. Each story's card saves or removes one story
 * (offline/story-offline.ts); "as I read", the service worker keeps each file as it is served (vite.config.ts). The
 * saving code comes after the first screen, when the offer asks for the stories' size.
 */
import { canSaveOffline } from './offline/can-save';

export interface ArtList {
  /** Every story's files together, each once. */
  bytes: number;
}

/** Every story's files' total size. */
export const fetchArtList = (): Promise<ArtList | null> =>
  import('./offline/save-all').then((module) => module.allBytes()).then((bytes) => (bytes === null ? null : { bytes }));

/** Whether this browser can keep stories for offline reading at all. */
export const canStoreArt = canSaveOffline;

/**
 * Saves every file not saved yet, telling how far it is (0 to 1). Resolves to false when some could not be fetched
 * (offline half-way): what was saved stays, and trying again fetches only the rest.
 */
export const storeAllArt = (onProgress: (done: number) => void): Promise<boolean> => import('./offline/save-all').then((module) => module.saveAll(onProgress));
