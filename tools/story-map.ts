/**
 * npm run story:map -- <story folder> [--lang en] [--out folder]
 * Writes the branching map of a story as <id>.map.svg (to look at) and <id>.map.mmd (Mermaid text).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storyMap } from './map/graph';
import { mermaid } from './map/mermaid';
import { mapSvg } from './map/svg';
import { ROOT, readStoryFolder, shown } from './story-files';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const folder = args.find((arg, i) => !arg.startsWith('--') && !['--lang', '--out'].includes(args[i - 1] ?? ''));
if (!folder) {
  console.error('usage: npm run story:map -- <story folder> [--lang en] [--out folder]');
  process.exit(2);
}
const loaded = readStoryFolder(resolve(folder));
if (!loaded.bundle) {
  for (const problem of loaded.problems) console.error(`${problem.file} ${problem.path}: ${problem.message}`);
  process.exit(1);
}
const { story, translations } = loaded.bundle;
const language = option('--lang');
const translation = translations.find((item) => item.translation.language === language)?.translation;
if (language && !translation) console.warn(`No ${language} translation; the map uses the source language.`);
const text = (key: string, fallback: string) => translation?.strings[key]?.text || fallback;

const out = resolve(option('--out') ?? join(ROOT, 'out', 'maps'));
mkdirSync(out, { recursive: true });
const map = storyMap(story, text);
const svgPath = join(out, `${story.id}.map.svg`);
const mmdPath = join(out, `${story.id}.map.mmd`);
writeFileSync(svgPath, mapSvg(map, text('title', story.title)));
writeFileSync(mmdPath, mermaid(map));
console.log(`${story.scenes.length} scenes, ${story.endings.length} endings, ${map.links.length} links`);
console.log(`wrote ${shown(svgPath)}\nwrote ${shown(mmdPath)}`);
