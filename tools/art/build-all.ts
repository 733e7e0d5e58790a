/**
 * npm run art: rebuilds the art of every story from its spec, tools/art/specs/<story>.json → public/panels/<story>/.
 * npm run art -- <story> rebuilds one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readArgs } from '../args';
import { build, report } from './build';

const specs = join(import.meta.dirname, 'specs');
const named = readArgs({}, 'Usage: npm run art [-- <story>...]').positionals;
const stories =
  named.length > 0
    ? named
    : readdirSync(specs)
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length));
for (const story of stories) {
  console.log(`${story}:`);
  console.log(report(build(join(specs, `${story}.json`), join(import.meta.dirname, '..', '..', 'public', 'panels', story))));
}
