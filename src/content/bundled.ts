/**
 * The bundled stories, found at build time. Each file becomes its own small chunk, fetched only when needed
 * (and precached for offline reading), so the library does not pay for stories it has not opened.
 */
import { localArtUrl } from './local/local-art';
import { isLocalStoryId } from './local/local-id';
import { loadOrReload } from './missing-files';

type Loader = () => Promise<string>;

/** Each file's chunk, or a reload into the new version when another tab's update took it away (missing-files.ts). */
const reloading = (files: Record<string, Loader>): Record<string, Loader> =>
  Object.fromEntries(Object.entries(files).map(([path, load]) => [path, () => loadOrReload(load)]));

const storyFiles = reloading(import.meta.glob<string>('/stories/*/story.json', { query: '?raw', import: 'default' }));
const translationFiles = reloading(import.meta.glob<string>('/stories/*/i18n/*.json', { query: '?raw', import: 'default' }));

export const CATALOG_FILE = 'stories/lessons/lessons.json';
export const loadCatalogText: Loader = () => loadOrReload(() => import('../../stories/lessons/lessons.json?raw').then((module) => module.default));
const catalogTranslationFiles = reloading(import.meta.glob<string>('/stories/lessons/i18n/*.json', { query: '?raw', import: 'default' }));

/** Story IDs, from their folder names, in a stable order. */
export const bundledStoryIds: string[] = Object.keys(storyFiles)
  .map((path) => path.split('/')[2]!)
  .filter((id) => id !== 'lessons')
  .sort();

export function storyFile(storyId: string): { file: string; load: Loader } | null {
  const load = storyFiles[`/stories/${storyId}/story.json`];
  return load ? { file: `stories/${storyId}/story.json`, load } : null;
}

/** The translation files of a story (or of the lessons catalog, with "lessons"), by language. */
export function translationFilesOf(folder: string): { language: string; file: string; load: Loader }[] {
  const files = folder === 'lessons' ? catalogTranslationFiles : translationFiles;
  const prefix = `/stories/${folder}/i18n/`;
  return Object.entries(files)
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, load]) => ({ language: path.slice(prefix.length, -'.json'.length), file: path.slice(1), load }));
}

/** Where a story's art is served from: the app's files, or a story on this phone's own stored pictures. */
export function artUrl(folder: string, fileName: string): string {
  const local = isLocalStoryId(folder) ? localArtUrl(folder, fileName) : undefined;
  if (local) return local;
  return `${import.meta.env.BASE_URL}panels/${folder}/${fileName}`;
}
