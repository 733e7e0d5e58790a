/**
 * Each bundled story's pictures (public/panels/<story>/, its cover too; not the lessons' icons), with their bytes:
 * what saving a story for offline reading stores besides its text. The build's list of files (vite.config.ts) and the
 * download offer's size in the page (vite-story-summaries.ts) both count them from here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ART_EXTENSIONS } from '../src/story/schema';

/** `path` is from the app's base ("panels/jalan-sari/tawaran-1.svg"). */
export function storyPictures(publicDir: string): { storyId: string; path: string; bytes: number }[] {
  const panels = join(publicDir, 'panels');
  if (!existsSync(panels)) return [];
  return readdirSync(panels, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'lessons')
    .flatMap((folder) =>
      readdirSync(join(panels, folder.name))
        .filter((name) => ART_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`)))
        .map((name) => ({ storyId: folder.name, path: `panels/${folder.name}/${name}`, bytes: statSync(join(panels, folder.name, name)).size })),
    );
}
