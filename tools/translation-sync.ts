/**
 * npm run story:translate -- <story folder or "lessons"> <language> [--accept-stale]
 * Creates or updates stories/<id>/i18n/<language>.json: adds every source string not yet translated with an
 * empty text and the source text beside it (the checker warns about each one still to fill in, and the reader shows
 * the source language for it meanwhile), keeps what is translated, lists stale entries, and refreshes each entry's
 * source text so the translator sees what the text now says.
 * --accept-stale records the current source hash for stale entries after a translator has checked them.
 * Nothing is ever dropped: an entry for a string no longer in the source (whatever its key, "__proto__" too) is kept
 * and listed. A file that cannot be read is named with the problem and left as it is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { sourceHash } from '../src/story/hash';
import { loadCatalog, loadStory } from '../src/story/load';
import { parseJsonText } from '../src/story/parse';
import { printable } from '../src/story/printable';
import type { Problem } from '../src/story/problem';
import { lessonStrings, storyStrings, type StoryString } from '../src/story/strings';
import { readArgs, usageError } from './args';
import { entryKind, entryProblem, readPlainText } from './plain-files';
import { LESSONS_DIR, shown } from './story-files';

type Entry = { sourceText?: string; text: string; source: string };

const USAGE = 'Usage: npm run story:translate -- <story folder | lessons> <language, e.g. en or jv> [--accept-stale]';
const { values, positionals } = readArgs({ 'accept-stale': { type: 'boolean', default: false } }, USAGE);
const [target, language, ...extra] = positionals;
if (!target || !language) usageError('Which story, and which language?', USAGE);
if (extra.length > 0) usageError(`One story and one language, not also "${printable(extra.join(' '))}".`, USAGE);
if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(language)) usageError(`"${printable(language)}" is not a language tag such as "en", "jv" or "ms".`, USAGE);
const acceptStale = values['accept-stale'] === true;

const folder = target === 'lessons' ? LESSONS_DIR : resolve(target);
const notFolder = entryProblem(folder, shown(folder), 'folder');
if (notFolder) fail([notFolder]);
const source = readSource(folder);
if (language === source.language) {
  console.error(
    `${shown(folder)}: the source is written in "${language}" already; a translation into its own language would replace the author's text. Name another language.`,
  );
  process.exit(2);
}
const file = join(folder, 'i18n', `${language}.json`);
const existing = readExisting(file);
const before = new Map(Object.entries(existing.strings));
const strings = new Map<string, Entry>();
let added = 0;
const stale: string[] = [];
for (const entry of source.strings) {
  const current = before.get(entry.key);
  const hash = sourceHash(entry.text);
  if (!current) added += 1;
  else if (current.source !== hash) stale.push(entry.key);
  // The source text first, so a translator reads it just above the line to write.
  strings.set(entry.key, { sourceText: entry.text, text: current?.text ?? '', source: current && !acceptStale ? current.source : hash });
}
const removed = [...before.keys()].filter((key) => !strings.has(key));
for (const key of removed) strings.set(key, before.get(key)!); // kept for the translator to move or delete: never thrown away
// Object.fromEntries defines each key as the file's own, "__proto__" included.
const out = {
  $schema: '../../../schema/translation.schema.json',
  schemaVersion: 1,
  language,
  status: 'draft',
  ...existing.fields,
  strings: Object.fromEntries(strings),
};
mkdirSync(join(folder, 'i18n'), { recursive: true });
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `${shown(file)}: ${source.strings.length} source strings, ${added} added empty to translate, ${stale.length} stale${acceptStale ? ' (accepted)' : ''}, ${removed.length} no longer in the source.`,
);
for (const key of stale) console.log(`  stale: ${printable(key)}`);
if (stale.length > 0 && !acceptStale)
  console.log(`Check each stale text against its source text, then run this again with --accept-stale to record them as current.`);
for (const key of removed) console.log(`  not in the source: ${printable(key)}`);

function readSource(dir: string): { language: string; strings: StoryString[] } {
  const lessons = basename(dir) === 'lessons';
  const path = join(dir, lessons ? 'lessons.json' : 'story.json');
  const read = readPlainText(path, shown(path));
  if (!read.ok) fail([read.problem]);
  if (lessons) {
    const parsed = loadCatalog(read.text, shown(path));
    if (!parsed.ok) fail(parsed.problems);
    return { language: parsed.value.language, strings: lessonStrings(parsed.value) };
  }
  const parsed = loadStory(read.text, shown(path));
  if (!parsed.ok) fail(parsed.problems);
  return { language: parsed.value.language, strings: storyStrings(parsed.value) };
}

/**
 * The translation as it is, read loosely (a draft has empty texts, which the checker reports): an object whose
 * "strings" holds entries of a text and a source hash. Anything else is a problem with its path; the file is then
 * left untouched.
 */
function readExisting(path: string): { fields: Record<string, unknown>; strings: Record<string, Entry> } {
  if (entryKind(path) === 'missing') return { fields: {}, strings: {} };
  const read = readPlainText(path, shown(path));
  if (!read.ok) fail([read.problem]);
  const parsed = parseJsonText(read.text, shown(path));
  if (!parsed.ok) fail(parsed.problems);
  const value = parsed.value;
  const problem = (at: string, message: string): Problem => ({ severity: 'error', code: 'schema', file: shown(path), path: at, message });
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail([
      problem(
        '$',
        `The file holds ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not a translation (an object with "strings").`,
      ),
    ]);
  const { strings = {}, ...fields } = value as Record<string, unknown>;
  if (strings === null || typeof strings !== 'object' || Array.isArray(strings)) fail([problem('$.strings', 'The strings are not an object of entries.')]);
  const problems = Object.entries(strings)
    .filter(([, entry]) => !isEntry(entry))
    .map(([key]) => problem(`$.strings[${JSON.stringify(key)}]`, 'An entry is an object with a "text" and a "source" hash.'));
  if (problems.length > 0) fail(problems);
  return { fields, strings: strings as Record<string, Entry> };
}

function isEntry(value: unknown): value is Entry {
  return value !== null && typeof value === 'object' && typeof (value as Entry).text === 'string' && typeof (value as Entry).source === 'string';
}

function fail(problems: Problem[]): never {
  console.error(
    ['Nothing was written; fix these first:', ...problems.map((item) => `  ${printable(item.file)} ${printable(item.path)}: ${printable(item.message)}`)].join(
      '\n',
    ),
  );
  process.exit(1);
}
