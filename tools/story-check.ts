/**
 * npm run story:check [story folders...] [--json]
 * Checks the stories (default: every folder in stories/ with a story.json) and the lessons catalog, and
 * prints every problem with its file, JSON path and a plain sentence. Exits 1 when there are errors.
 */
import { basename, join, resolve } from 'node:path';
import { explore } from '../src/engine/explore';
import { checkCatalog, checkLessonCoverage, checkStory } from '../src/story/check/index';
import { hasErrors, type Problem } from '../src/story/problem';
import { servedProblems, storiesProblems } from './plain-files';
import { checkContext, readCatalog, readStoryFolder, ROOT, storyFolders } from './story-files';
import { explorationProblems } from '../src/engine/exploration-problems';
import { readArgs } from './args';
import { printProblems, shownProblem } from './problem-lines';
import { readNarrations } from './narration-files';
import { checkNarration } from '../src/story/check/narration';
import { lessonStrings, storyStrings } from '../src/story/strings';
import { reporter } from '../src/story/check/context';
import { LESSONS_DIR } from './story-files';

const { values, positionals: named } = readArgs({ json: { type: 'boolean', default: false } }, 'Usage: npm run story:check -- [story folders...] [--json]');
const asJson = values.json === true;
const folders = named.length > 0 ? named.map((arg) => resolve(arg)) : storyFolders();

const problems: Problem[] = [];
// Every file served or read must be a plain file, and art plain drawing: all of them, or the named stories' art.
if (named.length === 0) problems.push(...servedProblems(join(ROOT, 'public'), 'public'), ...storiesProblems(join(ROOT, 'stories'), 'stories'));
else
  for (const folder of ['lessons', ...folders.map((path) => basename(path))])
    problems.push(...servedProblems(join(ROOT, 'public', 'panels', folder), `public/panels/${folder}`));
const catalog = readCatalog();
problems.push(...catalog.problems);
const context = checkContext(catalog.catalog, catalog.file);
if (catalog.catalog) problems.push(...checkCatalog(catalog.catalog, context, catalog.translations));
if (catalog.catalog) {
  const narrations = readNarrations(LESSONS_DIR);
  problems.push(...narrations.problems);
  const translations = catalog.translations.map((item) => item.translation);
  for (const bundle of narrations.bundles)
    checkNarration(bundle, lessonStrings(catalog.catalog), catalog.catalog.language, translations, reporter(bundle.file, problems));
}

const taught = new Set<string>();
for (const folder of folders) {
  const loaded = readStoryFolder(folder);
  problems.push(...loaded.problems);
  if (!loaded.bundle) continue;
  const found = checkStory(loaded.bundle, context);
  problems.push(...found);
  const narrations = readNarrations(folder);
  problems.push(...narrations.problems);
  const { story, translations } = loaded.bundle;
  for (const bundle of narrations.bundles)
    checkNarration(
      bundle,
      storyStrings(story),
      story.language,
      translations.map((item) => item.translation),
      reporter(bundle.file, problems),
    );
  // Playing the story needs valid references; with errors the static graph rules have already spoken.
  if (hasErrors(found) || hasErrors(loaded.problems)) continue;
  const exploration = explore(loaded.bundle.story);
  exploration.taughtLessons.forEach((lesson) => taught.add(lesson));
  problems.push(...explorationProblems(loaded.bundle, exploration));
}
if (catalog.catalog && named.length === 0) problems.push(...checkLessonCoverage(catalog.catalog, catalog.file, taught));

// Text from the files is shown as text: no terminal escapes, no reordering of the line (printable.ts).
const shownProblems = problems.map(shownProblem);
const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.filter((problem) => problem.severity === 'warning').length;
const notes = problems.length - errors - warnings;
if (asJson) {
  process.stdout.write(`${JSON.stringify({ stories: folders.length, errors, warnings, notes, problems: shownProblems }, null, 2)}\n`);
} else {
  printProblems(shownProblems);
  console.log(
    `${folders.length} ${folders.length === 1 ? 'story' : 'stories'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${notes > 0 ? `, ${notes} ${notes === 1 ? 'note' : 'notes'}` : ''}.`,
  );
}
process.exitCode = errors > 0 ? 1 : 0;
