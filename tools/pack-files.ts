/**
 * Where the files of a story pack live in a checkout: story.json, i18n/ and narration/ in stories/<id>/, the art in
 * public/panels/<id>/. story:pack reads them from there, story:unpack writes them back to the same places.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CheckContext } from '../src/story/check/index';
import { placeInCheckout } from '../src/packs/names';
import type { Problem } from '../src/story/problem';
import { entryKind, entryProblem } from './plain-files';
import { checkContext, readCatalog, shown } from './story-files';

// One rule for the tools and the Studio's "export to a folder".
export { placeInCheckout } from '../src/packs/names';

/** A problem found in a pack, named by the file's place in the checkout (problems about the whole pack keep its name). */
export function inCheckout(problem: Problem, storyId: string, packName: string): Problem {
  return problem.file === packName ? problem : { ...problem, file: placeInCheckout(problem.file, storyId) };
}

/** The story folder's files, by their names in a pack; the art is read from public/panels/<id>/ of the same checkout. */
export function readPackFiles(storyDir: string): { files: Map<string, Uint8Array>; problems: Problem[] } {
  const files = new Map<string, Uint8Array>();
  const problems: Problem[] = [];
  const add = (path: string, name: string) => {
    const problem = entryProblem(path, shown(path), 'file');
    if (problem) problems.push(problem);
    else files.set(name, readFileSync(path));
  };
  add(join(storyDir, 'story.json'), 'story.json');
  for (const file of listed(join(storyDir, 'i18n')).filter((name) => name.endsWith('.json'))) add(join(storyDir, 'i18n', file), `i18n/${file}`);
  // Recorded narration: each language's file and its recordings folder (the pack's checks say what is wrong in them).
  const narration = join(storyDir, 'narration');
  const recorded = listed(narration).flatMap((name) =>
    entryKind(join(narration, name)) === 'folder' ? listed(join(narration, name)).map((clip) => `${name}/${clip}`) : name.endsWith('.json') ? [name] : [],
  );
  // In the pack's order (writePack's): by name, so narration/id.json comes before narration/id/….
  for (const name of recorded.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) add(join(narration, name), `narration/${name}`);
  const panels = join(storyDir, '..', '..', 'public', 'panels', basename(storyDir));
  for (const file of listed(panels)) add(join(panels, file), `panels/${file}`);
  return { files, problems };
}

/** The checker's context for a pack: this checkout's lessons catalog (a pack brings no lessons of its own). */
export function packContext(): { context: CheckContext; problems: Problem[] } {
  const catalog = readCatalog();
  return { context: checkContext(catalog.catalog, catalog.file), problems: catalog.problems };
}

function listed(dir: string): string[] {
  return entryKind(dir) === 'folder' ? readdirSync(dir).sort() : [];
}
