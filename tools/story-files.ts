/** Reads story folders, translations and the lessons catalog from disk for the Node tools. */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { KIT_NAMES } from '../src/art/kit-names';
import { HELPLINE_NUMBERS } from '../src/content/helplines';
import { folderProblem, type CheckContext, type StoryBundle } from '../src/story/check/index';
import { loadCatalog, loadStory, loadTranslation } from '../src/story/load';
import type { Problem } from '../src/story/problem';
import type { Box, LessonCatalog, Translation } from '../src/story/schema';
import { composePanel } from '../src/art/compose';
import type { PanelArtSpec } from '../src/art/types';
import { readSpecFile } from './art/build';
import { entryKind, entryProblem, readPlainText } from './plain-files';

export const ROOT = join(import.meta.dirname, '..');
export const STORIES_DIR = join(ROOT, 'stories');
export const LESSONS_DIR = join(STORIES_DIR, 'lessons');

/** The path an author knows a file by: relative to the project, with forward slashes. */
export function shown(path: string): string {
  return relative(ROOT, path).split('\\').join('/') || path;
}

/** The story folders; a link among them is not followed (plain-files.ts storiesProblems reports it). */
export function storyFolders(): string[] {
  if (!existsSync(STORIES_DIR)) return [];
  return readdirSync(STORIES_DIR)
    .map((name) => join(STORIES_DIR, name))
    .filter((dir) => entryKind(dir) === 'folder' && entryKind(join(dir, 'story.json')) !== 'missing')
    .sort();
}

export interface LoadedStory {
  bundle: StoryBundle | null;
  problems: Problem[];
}

export function readStoryFolder(dir: string): LoadedStory {
  const storyPath = join(dir, 'story.json');
  const file = shown(storyPath);
  const notFolder = entryProblem(dir, shown(dir), 'folder');
  if (notFolder) return { bundle: null, problems: [notFolder] };
  if (entryKind(storyPath) === 'missing')
    return { bundle: null, problems: [{ severity: 'error', code: 'no-story', file: shown(dir), path: '$', message: 'The folder has no story.json.' }] };
  const read = readPlainText(storyPath, file);
  if (!read.ok) return { bundle: null, problems: [read.problem] };
  const parsed = loadStory(read.text, file);
  const translations = readTranslations(join(dir, 'i18n'));
  const problems = [...translations.problems];
  if (!parsed.ok) return { bundle: null, problems: [...parsed.problems, ...problems] };
  const mismatch = folderProblem(file, parsed.value.id, basename(dir));
  if (mismatch) problems.push(mismatch);
  return { bundle: { file, story: parsed.value, translations: translations.files }, problems };
}

export function readTranslations(dir: string): { files: { file: string; translation: Translation }[]; problems: Problem[] } {
  const files: { file: string; translation: Translation }[] = [];
  const problems: Problem[] = [];
  if (entryKind(dir) === 'missing') return { files, problems };
  const notFolder = entryProblem(dir, shown(dir), 'folder');
  if (notFolder) return { files, problems: [notFolder] };
  for (const name of readdirSync(dir)
    .filter((entry) => entry.endsWith('.json'))
    .sort()) {
    const path = join(dir, name);
    const read = readPlainText(path, shown(path));
    const parsed = read.ok ? loadTranslation(read.text, shown(path)) : { ok: false as const, problems: [read.problem] };
    if (parsed.ok) files.push({ file: shown(path), translation: parsed.value });
    else problems.push(...parsed.problems);
  }
  return { files, problems };
}

export function readCatalog(): {
  catalog: LessonCatalog | null;
  file: string;
  translations: { file: string; translation: Translation }[];
  problems: Problem[];
} {
  const path = join(LESSONS_DIR, 'lessons.json');
  const file = shown(path);
  if (entryKind(path) === 'missing') {
    return {
      catalog: null,
      file,
      translations: [],
      problems: [{ severity: 'error', code: 'no-catalog', file, path: '$', message: 'The lessons catalog is missing.' }],
    };
  }
  const read = readPlainText(path, file);
  const parsed = read.ok ? loadCatalog(read.text, file) : { ok: false as const, problems: [read.problem] };
  const translations = readTranslations(join(LESSONS_DIR, 'i18n'));
  return {
    catalog: parsed.ok ? parsed.value : null,
    file,
    translations: translations.files,
    problems: [...(parsed.ok ? [] : parsed.problems), ...translations.problems],
  };
}

/** Whether the art is there; a link or a file that is not plain drawing is refused by servedProblems (plain-files.ts). */
export function artExists(folder: string, fileName: string): boolean {
  return entryKind(join(ROOT, 'public', 'panels', folder, fileName)) !== 'missing';
}

export function checkContext(catalog: LessonCatalog | null, catalogFile: string): CheckContext {
  return { catalog, catalogFile, artExists, helplines: HELPLINE_NUMBERS, kit: KIT_NAMES, faces: specFaces() };
}

/** The faces in each panel a story's art spec composes (tools/art/specs/<story>.json): each spec read once, each panel composed when first asked. */
function specFaces(): (storyId: string, art: string) => readonly Box[] {
  const specs = new Map<string, Record<string, PanelArtSpec>>();
  const faces = new Map<string, readonly Box[]>();
  const specOf = (storyId: string) => {
    let panels = specs.get(storyId);
    if (!panels) {
      const file = join(ROOT, 'tools', 'art', 'specs', `${storyId}.json`);
      panels = entryKind(file) === 'file' ? readSpecFile(file) : {};
      specs.set(storyId, panels);
    }
    return panels;
  };
  return (storyId, art) => {
    const key = `${storyId}/${art}`;
    let found = faces.get(key);
    if (!found) {
      const spec = Object.hasOwn(specOf(storyId), art) ? specOf(storyId)[art] : undefined;
      found = spec ? composePanel(spec).speakers.map((speaker) => speaker.face) : [];
      faces.set(key, found);
    }
    return found;
  };
}
