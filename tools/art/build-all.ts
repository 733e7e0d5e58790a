/**
 * npm run art: rebuilds the art of every story from its spec, tools/art/specs/<story>.json → public/panels/<story>/.
 * npm run art -- <story> rebuilds one. A story's own characters (built in the Studio, a `look` in its story.json) are
 * drawn from their looks, as the Studio drew them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { castOf } from '../../src/art/look';
import { loadStory } from '../../src/story/load';
import { readArgs } from '../args';
import { build, report, type BuildResult } from './build';

/** Builds one story's art in the checkout at `root`; a story.json that does not load is reported, not guessed at. */
export function buildStoryArt(root: string, story: string): BuildResult[] {
  const storyFile = join(root, 'stories', story, 'story.json');
  let characters: Parameters<typeof castOf>[0] = [];
  if (existsSync(storyFile)) {
    const loaded = loadStory(readFileSync(storyFile, 'utf8'), storyFile);
    if (!loaded.ok) throw new Error(`${storyFile}: ${loaded.problems.map((problem) => `${problem.path} ${problem.message}`).join('; ')}`);
    characters = loaded.value.characters;
  }
  return build(join(root, 'tools', 'art', 'specs', `${story}.json`), join(root, 'public', 'panels', story), castOf(characters));
}

if (process.argv[1]?.endsWith('build-all.ts')) {
  const root = join(import.meta.dirname, '..', '..');
  const specs = join(root, 'tools', 'art', 'specs');
  const named = readArgs({}, 'Usage: npm run art [-- <story>...]').positionals;
  const stories =
    named.length > 0
      ? named
      : readdirSync(specs)
          .filter((name) => name.endsWith('.json'))
          .map((name) => name.slice(0, -'.json'.length));
  for (const story of stories) {
    console.log(`${story}:`);
    console.log(report(buildStoryArt(root, story)));
  }
}
