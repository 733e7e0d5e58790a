/**
 * npm run story:map -- <story folder> [--lang en] [--out folder]
 * Writes the branching map of a story as <id>.map.svg (to look at) and <id>.map.mmd (Mermaid text).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printable } from '../src/story/printable';
import { translatedText } from '../src/story/strings';
import { readArgs, usageError } from './args';
import { storyMap } from './map/graph';
import { mermaid } from './map/mermaid';
import { mapSvg } from './map/svg';
import { ROOT, readStoryFolder, shown } from './story-files';

const USAGE = 'Usage: npm run story:map -- <story folder> [--lang en] [--out folder]';
const { values, positionals } = readArgs({ lang: { type: 'string' }, out: { type: 'string' } }, USAGE);
const [folder, ...extra] = positionals;
if (!folder) usageError('Which story? Give its folder.', USAGE);
if (extra.length > 0) usageError(`One story folder at a time, not also "${printable(extra.join(' '))}".`, USAGE);
const loaded = readStoryFolder(resolve(folder));
for (const problem of loaded.problems) console.error(`${printable(problem.file)} ${printable(problem.path)}: ${printable(problem.message)}`);
if (!loaded.bundle) process.exit(1);
// A translation that cannot be read is left out of the map (it shows the source language), and the exit says so.
if (loaded.problems.length > 0) process.exitCode = 1;
const { story, translations } = loaded.bundle;
const language = values.lang;
const translation = translations.find((item) => item.translation.language === language)?.translation;
if (language && !translation) console.warn(`No ${printable(language)} translation; the map uses the source language.`);
const text = (key: string, fallback: string) => (translation && translatedText(translation, key)) ?? fallback;

const out = resolve(values.out ?? join(ROOT, 'out', 'maps'));
try {
  mkdirSync(out, { recursive: true });
} catch {
  console.error(`${printable(shown(out))}: --out names a file, or a folder that cannot be made; give a folder for the map files.`);
  process.exit(2);
}
const map = storyMap(story, text);
const svgPath = join(out, `${story.id}.map.svg`);
const mmdPath = join(out, `${story.id}.map.mmd`);
writeFileSync(svgPath, mapSvg(map, text('title', story.title)));
writeFileSync(mmdPath, mermaid(map));
console.log(`${story.scenes.length} scenes, ${story.endings.length} endings, ${map.links.length} links`);
console.log(`wrote ${shown(svgPath)}\nwrote ${shown(mmdPath)}`);
