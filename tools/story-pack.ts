/**
 * npm run story:pack -- stories/<id> [--out <file>]
 * Writes the story, its translations, its recorded narration and its art into one .komik file (src/packs), after reading that file back as
 * story:unpack and the Studio will: a pack that would be refused is not written. Prints what went in.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readPack, writePack } from '../src/packs/index';
import { hasErrors } from '../src/story/problem';
import { readArgs, usageError } from './args';
import { inCheckout, packContext, placeInCheckout, readPackFiles } from './pack-files';
import { printProblems, shownProblem } from './problem-lines';
import { readStoryFolder } from './story-files';

const usage = 'Usage: npm run story:pack -- stories/<id> [--out <file>]';
const { values, positionals } = readArgs({ out: { type: 'string' } }, usage);
if (positionals.length !== 1) usageError(positionals.length === 0 ? 'Which story? Name its folder, e.g. stories/sample.' : 'Name one story folder.', usage);
const storyDir = resolve(positionals[0]!);
const id = basename(storyDir);
const out = resolve(values.out ?? `${id}.komik`);

// The folder is read as story:check reads it, so a broken story is named file by file before anything is packed.
const loaded = readStoryFolder(storyDir);
const { files, problems } = readPackFiles(storyDir);
if (hasErrors(loaded.problems) || !loaded.bundle) refuse(loaded.problems);
if (problems.length > 0) refuse(problems);

const bytes = writePack(files);
const { context, problems: catalogProblems } = packContext();
const read = readPack(bytes, context, basename(out));
if (hasErrors(catalogProblems)) refuse(catalogProblems);
if (!read.ok) refuse(read.problems.map((problem) => inCheckout(problem, id, basename(out))));
writeFileSync(out, bytes);
const warnings = read.value.warnings.map((problem) => inCheckout(problem, id, basename(out)));

let unpacked = 0;
for (const [name, content] of files) {
  unpacked += content.length;
  console.log(`  ${String(content.length).padStart(9)} bytes  ${placeInCheckout(name, id)}`);
}
if (warnings.length > 0) printProblems(warnings.map(shownProblem));
console.log(
  `Wrote ${values.out ?? `${id}.komik`}: ${files.size} files, ${unpacked} bytes, ${bytes.length} bytes packed${warnings.length > 0 ? `, ${warnings.length} warnings` : ''}.`,
);

function refuse(found: Parameters<typeof printProblems>[0]): never {
  printProblems(found.map(shownProblem));
  console.log(`Nothing was written: the story has ${found.filter((problem) => problem.severity === 'error').length} errors to fix first.`);
  process.exit(1);
}
