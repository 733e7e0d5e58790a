/**
 * npm run print -- <story> [--layout single|booklet-a5|booklet-a6|zine-a7] [--size a5|a6]
 *   [--selection gamebook|all|path:<ending ID>|pages:<page ID>,<page ID>] [--extras cover,lessons,helplines]
 *   [--gray] [--cover-colour] [--lang <language>] [--run both|fronts|backs] [--out file.pdf]
 * Prints a story to PDF through the app's own Print screen (so paper matches the in-app print), building the app
 * first when it is missing or stale. Booklets come out imposed on A4 (A5: print double-sided, flip on the short
 * edge; A6: 2 × 2 on A4 portrait, flip on the long edge, cut in two copies, plus the guide); a zine as its one A4
 * sheet plus the folding guide (a selection longer than the zine's 8 pages is refused: it names the count).
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRINT_RUNS, printsTwoSided, type PrintRun } from '../src/paper/duplex';
import { DEFAULT_OPTIONS, EXTRAS, LAYOUTS, SIZES, type PrintOptions } from '../src/paper/options';
import type { Extra } from '../src/paper/plan';
import { isId } from '../src/story/id';
import { printable } from '../src/story/printable';
import type { Story } from '../src/story/schema';
import { readArgs, usageError } from './args';
import { entryKind } from './plain-files';
import { readStoryFolder } from './story-files';

const STORIES = join(import.meta.dirname, '..', 'stories');
const USAGE = `Usage: npm run print -- <story> [--layout ${LAYOUTS.join('|')}] [--size ${SIZES.join('|')}] [--selection gamebook|all|path:<ending>|pages:<id>,<id>] [--extras ${EXTRAS.join(',')}] [--gray] [--cover-colour] [--lang <language>] [--run ${PRINT_RUNS.join('|')}] [--out file.pdf]`;

const fail = (message: string): never => usageError(message, USAGE);

const { values, positionals } = readArgs(
  {
    layout: { type: 'string', default: DEFAULT_OPTIONS.layout },
    size: { type: 'string', default: DEFAULT_OPTIONS.size },
    selection: { type: 'string', default: DEFAULT_OPTIONS.selection },
    extras: { type: 'string', default: DEFAULT_OPTIONS.extras.join(',') },
    gray: { type: 'boolean', default: false },
    'cover-colour': { type: 'boolean', default: false },
    // Without --lang, the story's own language.
    lang: { type: 'string' },
    // Two-sided printing by hand: the fronts, then (the stack turned over) the backs.
    run: { type: 'string', default: DEFAULT_OPTIONS.run },
    out: { type: 'string' },
  },
  USAGE,
  () =>
    `${USAGE}\nStories: ${readdirSync(STORIES)
      .filter((name) => existsSync(join(STORIES, name, 'story.json')))
      .join(', ')}`,
);
const storyId = positionals[0] ?? fail('Which story? Give its ID (the folder name in stories/).');
if (!LAYOUTS.includes(values.layout as PrintOptions['layout'])) fail(`Unknown layout "${values.layout}".`);
if (!SIZES.includes(values.size as PrintOptions['size'])) fail(`Unknown size "${values.size}".`);
const extras = values.extras.split(',').filter(Boolean);
const unknown = extras.filter((extra) => !EXTRAS.includes(extra as Extra));
if (unknown.length > 0) fail(`Unknown extras: ${unknown.join(', ')}.`);
if (!PRINT_RUNS.includes(values.run as PrintRun)) fail(`Unknown run "${values.run}".`);
if (values.run !== 'both' && !printsTwoSided(values.layout as PrintOptions['layout']))
  fail(`--run ${values.run} is for a two-sided layout (booklet-a5, booklet-a6); ${values.layout} prints on one side.`);
// The reader's own path lives in their browser, not here.
if (values.selection === 'path:reader') fail('path:reader is the path read in the app: print it from the app, or name an ending (path:<ending ID>).');

const storyDir = join(STORIES, storyId);
const storyFile = join(storyDir, 'story.json');
if (!isId(storyId) || entryKind(storyFile) === 'missing') fail(`There is no story "${printable(storyId)}" (no ${printable(storyFile)}).`);
const story = readStory(storyDir);
checkSelection(story, values.selection);
const lang = values.lang ?? story.language;
checkLanguage(story, lang);

/** The story as the checker reads it; a story it cannot read is named with its problems (never a stack trace with the file in it). */
function readStory(dir: string): Story {
  const loaded = readStoryFolder(dir);
  if (!loaded.bundle) {
    console.error(
      [
        'The story cannot be printed; fix these first (npm run story:check shows them all):',
        ...loaded.problems.map((problem) => `  ${printable(problem.file)} ${printable(problem.path)}: ${printable(problem.message)}`),
      ].join('\n'),
    );
    process.exit(1);
  }
  return loaded.bundle.story;
}

/** An unknown ending or page would print an empty booklet: say so instead. */
function checkSelection(story: Story, selection: string): void {
  const [kind, list = ''] = selection.split(':');
  const known =
    kind === 'path' ? story.endings.map((ending) => ending.id) : kind === 'pages' ? story.scenes.flatMap((scene) => scene.pages.map((page) => page.id)) : [];
  // One path leads to one ending; pages are a list.
  const wanted = kind === 'path' ? [list] : kind === 'pages' ? list.split(',') : [];
  const missing = wanted.filter((item) => !known.includes(item));
  if (!['gamebook', 'all', 'path', 'pages'].includes(kind!) || missing.length > 0)
    fail(
      `Unknown selection "${selection}"${missing.length > 0 ? `: ${missing.map((item) => item || '(none)').join(', ')} not in the story (known: ${known.join(', ')})` : ''}.`,
    );
}

/** The print screen falls back to another language for one the story lacks; on the command line that is a mistake. */
function checkLanguage(story: Story, lang: string): void {
  const dir = join(storyDir, 'i18n');
  const languages = [
    story.language,
    ...(existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.json'))
          .map((name) => name.slice(0, -'.json'.length))
      : []),
  ];
  if (!languages.includes(lang)) fail(`The story "${story.id}" is not in "${lang}" (it is in: ${languages.join(', ')}).`);
}

const options: PrintOptions = {
  layout: values.layout as PrintOptions['layout'],
  size: values.size as PrintOptions['size'],
  selection: values.selection,
  extras: extras as Extra[],
  gray: values.gray || values['cover-colour'],
  coverColour: values['cover-colour'],
  lang,
  run: values.run as PrintRun,
};
// The file names the story, the layout and the language, as the PDF's title does.
const out =
  values.out ??
  `${storyId}-${options.layout}${options.layout === 'single' ? `-${options.size}` : ''}-${lang}${options.run === 'both' ? '' : `-${options.run}`}.pdf`;
const started = performance.now();
// Loaded only now: Vite and Chromium take seconds to load, and a mistake in the arguments is told before that.
const [{ serveBuiltApp }, { printPdf }] = await Promise.all([import('./print/built-app'), import('./print/print-pdf')]);
const app = await serveBuiltApp((line) => console.log(line));
try {
  const printed = await printPdf(app.base, storyId, options);
  if (printed.refusal) {
    console.error(`${printed.refusal} (--selection pages:<page ID>,<page ID>, or --layout booklet-a6)`);
    process.exitCode = 1;
  } else {
    writeFile(printed, out);
  }
} finally {
  await app.close();
}

function writeFile(printed: Awaited<ReturnType<typeof printPdf>>, out: string): void {
  writeFileSync(out, printed.pdf);
  console.log(
    `${out}: ${printed.pageCount} pages, ${options.layout}${options.layout === 'single' ? ` ${options.size}` : ''}, ${Math.round(performance.now() - started)} ms`,
  );
  // Never too small in silence: the pages that cannot hold paper's minimum text sizes, and why.
  if (printed.problems.length > 0) console.warn(`Warning: ${printed.problems.join('\n  ')}`);
  // The printer's settings are the organiser's part: say them where the file is made.
  if (options.layout === 'booklet-a5')
    console.log('Print double-sided on A4, flip on the short edge; stack the sheets in order, fold in the middle, staple on the fold.');
  if (options.layout === 'booklet-a6')
    console.log(
      'Print double-sided on A4, flip on the long edge; keep the sheets in order, cut the stack across the middle (two copies), fold each in the middle, staple on the fold.',
    );
  if (options.run === 'fronts')
    console.log('Two-sided by hand, run 1: print this file, put the printed stack back in the tray turned over, then print the same story with --run backs.');
  if (options.run === 'backs') console.log('Two-sided by hand, run 2: the backs, in the same sheet order as the fronts.');
  if (options.layout === 'zine-a7') console.log('Print one side on A4 at actual size; fold and cut as the last page shows.');
}
