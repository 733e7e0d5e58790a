/**
 * Loads a bundled story with its translations in the browser, validated and checked like the authoring checker
 * does, so a broken file shows which file and what is wrong instead of a white screen.
 */
import { checkStory } from '../story/check/index';
import { loadStory, loadTranslation } from '../story/load';
import type { Problem } from '../story/problem';
import type { Story, Translation } from '../story/schema';
import { storyFile, translationFilesOf } from './bundled';

export interface LoadedStory {
  story: Story;
  file: string;
  translations: Translation[];
  /** Problems in translation files: those languages fall back to Bahasa Indonesia. */
  warnings: Problem[];
}

export type StoryLoad = { ok: true; value: LoadedStory } | { ok: false; file: string; problems: Problem[] };

const cache = new Map<string, Promise<StoryLoad>>();

export function loadBundledStory(storyId: string): Promise<StoryLoad> {
  let pending = cache.get(storyId);
  if (!pending) {
    pending = load(storyId);
    cache.set(storyId, pending);
  }
  return pending;
}

async function load(storyId: string): Promise<StoryLoad> {
  const source = storyFile(storyId);
  const file = source?.file ?? `stories/${storyId}/story.json`;
  if (!source) return { ok: false, file, problems: [{ severity: 'error', code: 'no-story', file, path: '$', message: 'There is no story with this ID.' }] };
  let text: string;
  try {
    text = await source.load();
  } catch (error) {
    return { ok: false, file, problems: [{ severity: 'error', code: 'unreadable', file, path: '$', message: `The file could not be read: ${String(error)}` }] };
  }
  const parsed = loadStory(text, file);
  if (!parsed.ok) return { ok: false, file, problems: parsed.problems };
  const translations: Translation[] = [];
  const warnings: Problem[] = [];
  for (const entry of translationFilesOf(storyId)) {
    const result = loadTranslation(await entry.load(), entry.file);
    if (result.ok) translations.push(result.value);
    else warnings.push(...result.problems);
  }
  // Art cannot be checked from here without fetching it; a missing picture shows the panel's description instead.
  const problems = checkStory({ file, story: parsed.value, translations: [] }, { catalog: null, catalogFile: '', artExists: () => true });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return { ok: false, file, problems: errors };
  return { ok: true, value: { story: parsed.value, file, translations, warnings } };
}
