/**
 * Every bundled story saved at once ("all stories now", src/app/download-choice.tsx and Settings): the files of every
 * story (text and pictures, offline/plan.ts) not saved yet. Each story's card saves or removes one story
 * (offline/story-offline.ts); "as I read", the service worker keeps each file as it is served (vite.config.ts). The
 * saving code comes after the first screen, when the offer asks for the stories' size.
 */
import { canSaveOffline } from './offline/can-save';

export interface ArtList {
  /** Paths from the app's base, e.g. "panels/jalan-sari/tawaran-1.svg". */
  files: string[];
  bytes: number;
}

/** Every story's files and their total size. */
export const fetchArtList = (): Promise<ArtList | null> => import('./offline/save-all').then((module) => module.allFiles());

/** Whether this browser can keep stories for offline reading at all. */
export const canStoreArt = canSaveOffline;

/**
 * Saves every file not saved yet, telling how far it is (0 to 1). Resolves to false when some could not be fetched
 * (offline half-way): what was saved stays, and trying again fetches only the rest.
 */
export const storeAllArt = (list: ArtList, onProgress: (done: number) => void): Promise<boolean> =>
  import('./offline/save-all').then((module) => module.saveAll(list.files, onProgress));
