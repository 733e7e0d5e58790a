/**
 * A Vite plugin: the build (and the development server) refuses to start while a file it would serve or read is not
 * a plain, safe file: a link under public/ or stories/, a pipe or device, art that is not plain drawing, a story folder
 * whose name is not a story ID (plain-files.ts). Vite copies public/ into dist/ as it is and the service worker
 * stores it all, so this is the last place to stop such a file from being served as the app's own.
 */
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { servedProblems, storiesProblems } from './plain-files';

export function safeFiles(): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  return {
    name: 'komik-saku-safe-files',
    configResolved: (config) => {
      root = config.root;
      publicDir = config.publicDir || publicDir;
    },
    buildStart() {
      const shown = (path: string) => relative(root, path).split('\\').join('/') || '.';
      const problems = [...servedProblems(publicDir, shown(publicDir)), ...storiesProblems(join(root, 'stories'), 'stories')];
      if (problems.length > 0) {
        this.error(
          `These files are not safe to serve, so the build stopped:\n${problems.map((problem) => `  ${problem.file}: ${problem.message}`).join('\n')}`,
        );
      }
    },
  };
}
