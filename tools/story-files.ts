/** Reads story folders, translations and the lessons catalog from disk for the Node tools. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HELPLINE_NUMBERS } from '../src/content/helplines';
import type { CheckContext, StoryBundle } from '../src/story/check/index';
import { loadCatalog, loadStory, loadTranslation } from '../src/story/load';
import type { Problem } from '../src/story/problem';
import type { LessonCatalog, Translation } from '../src/story/schema';

export const ROOT = join(import.meta.dirname, '..');
export const STORIES_DIR = join(ROOT, 'stories');
export const LESSONS_DIR = join(STORIES_DIR, 'lessons');

/** The path an author knows a file by: relative to the project, with forward slashes. */
export function shown(path: string): string {
  return relative(ROOT, path).split('\\').join('/') || path;
}

export function storyFolders(): string[] {
  if (!existsSync(STORIES_DIR)) return [];
  return readdirSync(STORIES_DIR)
    .map((name) => join(STORIES_DIR, name))
    .filter((dir) => existsSync(join(dir, 'story.json')))
    .sort();
}

export interface LoadedStory {
  bundle: StoryBundle | null;
  problems: Problem[];
}

export function readStoryFolder(dir: string): LoadedStory {
  const storyPath = join(dir, 'story.json');
  const file = shown(storyPath);
  if (!existsSync(storyPath)) return { bundle: null, problems: [{ severity: 'error', code: 'no-story', file: shown(dir), path: '$', message: 'The folder has no story.json.' }] };
  const parsed = loadStory(readText(storyPath), file);
  const translations = readTranslations(join(dir, 'i18n'));
  const problems = [...translations.problems];
  if (!parsed.ok) return { bundle: null, problems: [...parsed.problems, ...problems] };
  const folderName = dir.split(/[\\/]/).pop();
  if (folderName !== parsed.value.id) {
    problems.push({ severity: 'error', code: 'id-mismatch', file, path: '$.id', message: `The story ID "${parsed.value.id}" must match its folder name "${folderName}" (art lives in public/panels/<id>/).` });
  }
  return { bundle: { file, story: parsed.value, translations: translations.files }, problems };
}

export function readTranslations(dir: string): { files: { file: string; translation: Translation }[]; problems: Problem[] } {
  const files: { file: string; translation: Translation }[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { files, problems };
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.json')).sort()) {
    const path = join(dir, name);
    const parsed = loadTranslation(readText(path), shown(path));
    if (parsed.ok) files.push({ file: shown(path), translation: parsed.value });
    else problems.push(...parsed.problems);
  }
  return { files, problems };
}

export function readCatalog(): { catalog: LessonCatalog | null; file: string; translations: { file: string; translation: Translation }[]; problems: Problem[] } {
  const path = join(LESSONS_DIR, 'lessons.json');
  const file = shown(path);
  if (!existsSync(path)) {
    return { catalog: null, file, translations: [], problems: [{ severity: 'error', code: 'no-catalog', file, path: '$', message: 'The lessons catalog is missing.' }] };
  }
  const parsed = loadCatalog(readText(path), file);
  const translations = readTranslations(join(LESSONS_DIR, 'i18n'));
  return {
    catalog: parsed.ok ? parsed.value : null,
    file,
    translations: translations.files,
    problems: [...(parsed.ok ? [] : parsed.problems), ...translations.problems],
  };
}

export function artExists(folder: string, fileName: string): boolean {
  const path = join(ROOT, 'public', 'panels', folder, fileName);
  return existsSync(path) && statSync(path).isFile();
}

export function checkContext(catalog: LessonCatalog | null, catalogFile: string): CheckContext {
  return { catalog, catalogFile, artExists, helplines: HELPLINE_NUMBERS };
}

/** Reads a file as text; a file that is not UTF-8 still yields text, which the parser then reports. */
function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
