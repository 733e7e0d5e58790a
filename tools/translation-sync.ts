/**
 * npm run story:translate -- <story folder or "lessons"> <language> [--accept-stale]
 * Creates or updates stories/<id>/i18n/<language>.json: adds every source string not yet translated with an
 * empty text (the checker then points at each one to fill in), keeps what is translated, lists stale entries.
 * --accept-stale records the current source hash for stale entries after a translator has checked them.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { sourceHash } from '../src/story/hash';
import { loadCatalog, loadStory } from '../src/story/load';
import { lessonStrings, storyStrings, type StoryString } from '../src/story/strings';
import { LESSONS_DIR, shown } from './story-files';

const [target, language] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const acceptStale = process.argv.includes('--accept-stale');
if (!target || !language || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(language)) {
  console.error('usage: npm run story:translate -- <story folder | lessons> <language, e.g. en or jv> [--accept-stale]');
  process.exit(2);
}

const folder = target === 'lessons' ? LESSONS_DIR : resolve(target);
const source = readSource(folder);
const file = join(folder, 'i18n', `${language}.json`);
type Entry = { text: string; source: string };
const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { strings?: Record<string, Entry> } & Record<string, unknown>) : {};
const before = existing.strings ?? {};
const strings: Record<string, Entry> = {};
let added = 0;
const stale: string[] = [];
for (const entry of source) {
  const current = before[entry.key];
  const hash = sourceHash(entry.text);
  if (!current) added += 1;
  else if (current.source !== hash) stale.push(entry.key);
  strings[entry.key] = current ? { text: current.text, source: acceptStale ? hash : current.source } : { text: '', source: hash };
}
const removed = Object.keys(before).filter((key) => !(key in strings));
for (const key of removed) strings[key] = before[key]!; // kept for the translator to move or delete: never thrown away
const out = { $schema: '../../../schema/translation.schema.json', schemaVersion: 1, language, status: 'draft', ...existing, strings };
mkdirSync(join(folder, 'i18n'), { recursive: true });
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${shown(file)}: ${source.length} source strings, ${added} added empty to translate, ${stale.length} stale${acceptStale ? ' (accepted)' : ''}, ${removed.length} no longer in the source.`);
for (const key of stale) console.log(`  stale: ${key}`);
for (const key of removed) console.log(`  not in the source: ${key}`);

function readSource(dir: string): StoryString[] {
  if (basename(dir) === 'lessons') {
    const path = join(dir, 'lessons.json');
    const parsed = loadCatalog(readFileSync(path, 'utf8'), shown(path));
    if (!parsed.ok) fail(parsed.problems.map((p) => `${p.file} ${p.path}: ${p.message}`));
    return lessonStrings(parsed.value);
  }
  const path = join(dir, 'story.json');
  const parsed = loadStory(readFileSync(path, 'utf8'), shown(path));
  if (!parsed.ok) fail(parsed.problems.map((p) => `${p.file} ${p.path}: ${p.message}`));
  return storyStrings(parsed.value);
}

function fail(lines: string[]): never {
  console.error(['The source file has problems; fix them first:', ...lines].join('\n'));
  process.exit(1);
}
