/**
 * npm run story:unpack -- <file.komik> [--dest <checkout>] [--force]
 * Reads an untrusted story pack (src/packs), checks it as story:check does, and only then writes stories/<id>/ and
 * public/panels/<id>/ under the checkout: into a fresh folder first, moved into place at the end, so a refused or
 * interrupted pack changes nothing. An existing story is replaced only with --force.
 */
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { explore } from '../src/engine/explore';
import { MAX_PACK_BYTES, readPack, type Pack } from '../src/packs/index';
import { hasErrors, type Problem } from '../src/story/problem';
import { readArgs, usageError } from './args';
import { explorationProblems } from '../src/engine/exploration-problems';
import { inCheckout, packContext, placeInCheckout } from './pack-files';
import { entryKind, entryProblem } from './plain-files';
import { printProblems, shownProblem } from './problem-lines';
import { ROOT } from './story-files';

const usage = 'Usage: npm run story:unpack -- <file.komik> [--dest <checkout>] [--force]';
const { values, positionals } = readArgs({ dest: { type: 'string' }, force: { type: 'boolean', default: false } }, usage);
if (positionals.length !== 1) usageError(positionals.length === 0 ? 'Which pack? Name a .komik file.' : 'Name one pack.', usage);
const packPath = resolve(positionals[0]!);
const packName = basename(packPath);
const dest = resolve(values.dest ?? ROOT);

const notAFile = entryProblem(packPath, packName, 'file');
if (notAFile) refuse([notAFile]);
const size = lstatSync(packPath).size;
if (size > MAX_PACK_BYTES)
  refuse([
    { severity: 'error', code: 'too-large', file: packName, path: '$', message: `The pack is ${size} bytes; a story pack may be at most ${MAX_PACK_BYTES}.` },
  ]);
const notAFolder = entryProblem(dest, values.dest ?? dest, 'folder');
if (notAFolder) refuse([notAFolder]);

const { context, problems: catalogProblems } = packContext();
if (hasErrors(catalogProblems)) refuse(catalogProblems);
const read = readPack(readFileSync(packPath), context, packName);
if (!read.ok) refuse(read.problems.map(named));
const pack = read.value;
const id = pack.story.id;
// Playing every path, as story:check does: a reader must never be stuck.
const played = explorationProblems({ file: 'story.json', story: pack.story, translations: pack.translations }, explore(pack.story));
const problems = [...pack.warnings, ...played].map((problem) => inCheckout(problem, id, packName));
if (hasErrors(problems)) refuse(problems);

const places = [`stories/${id}`, `public/panels/${id}`];
const existing = places.filter((place) => entryKind(join(dest, place)) !== 'missing');
if (existing.length > 0 && !values.force) {
  console.log(`The story "${id}" is already there (${existing.join(', ')}): nothing was written. Add --force to replace it.`);
  process.exit(1);
}
moveIntoPlace(writeAside(pack));
for (const [name, content] of pack.files) console.log(`  ${String(content.length).padStart(9)} bytes  ${placeInCheckout(name, id)}`);
printProblems(problems.map(shownProblem));
console.log(
  `Unpacked "${id}" into ${dest}: ${pack.files.size} files; checked: 0 errors, ${problems.length} ${problems.length === 1 ? 'warning' : 'warnings'}.`,
);

/** Writes the files into a fresh folder beside their places (the same disk, so moving them in is instant). */
function writeAside(content: Pack): string {
  const aside = mkdtempSync(join(dest, '.unpack-'));
  for (const [name, bytes] of content.files) {
    const path = join(aside, placeInCheckout(name, id));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  return aside;
}

/** Moves the old folders aside, then the new ones in; a failed move undoes the ones before it, so no story is lost. */
function moveIntoPlace(aside: string): void {
  const done: [string, string][] = [];
  const move = (from: string, to: string) => {
    renameSync(from, to);
    done.push([from, to]);
  };
  try {
    places.forEach((place, index) => {
      const target = join(dest, place);
      mkdirSync(dirname(target), { recursive: true });
      if (entryKind(target) !== 'missing') move(target, join(aside, `replaced-${index}`));
    });
    for (const place of places) if (entryKind(join(aside, place)) !== 'missing') move(join(aside, place), join(dest, place));
  } catch (error) {
    for (const [from, to] of done.reverse()) renameSync(to, from);
    throw error;
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}

function named(problem: Problem): Problem {
  return problem.file === packName ? problem : { ...problem, file: `${packName}: ${problem.file}` };
}

function refuse(found: Problem[]): never {
  printProblems(found.map(shownProblem));
  console.log(`Nothing was written: the pack has ${found.filter((problem) => problem.severity === 'error').length} errors.`);
  process.exit(1);
}
