/**
 * A story file and its translation files, read, validated and checked as the authoring checker does, so a broken
 * file names the file and the problem instead of showing a white screen. Pure: the browser uses it on fetched
 * chunks (load-story.ts), the build on the files themselves (the library's summaries, tools/vite-story-summaries.ts).
 */
import { checkStory, folderProblem } from '../story/check/index';
import { loadBuiltStory, loadBuiltTranslation, loadStory, loadTranslation } from '../story/load';
import type { Problem } from '../story/problem';
import type { Story, Translation } from '../story/schema';
import { HELPLINE_NUMBERS } from './helplines';

export interface LoadedStory {
  story: Story;
  file: string;
  translations: Translation[];
  /** Problems in translation files: those languages fall back to Bahasa Indonesia. */
  warnings: Problem[];
  /**
   * A story received on this phone: the publisher who signed it, or null when no known publisher vouches for it (it is
   * marked, and its unofficial phone numbers flagged). Absent for the app's own stories.
   */
  publisher?: { id: string; name: string } | null;
}

export type StoryLoad = { ok: true; value: LoadedStory } | { ok: false; file: string; problems: Problem[] };

export interface SourceFile {
  file: string;
  text: string;
}

/**
 * `folder`: the story's folder, whose name its ID must be. `checked`: the same bytes already passed the checker, so
 * its rules need not run again. `built`: they passed the schema and the checker when the app was built (the app's own
 * stories, a chunk of its code), so the schema need not run again either (loadBuiltStory); never for a story that
 * came from outside the app. `translationsBuilt`: every one of its translation files passed the schema at the build.
 */
export function readStoryBundle(
  source: SourceFile,
  translationFiles: SourceFile[],
  { folder, checked = false, built = false, translationsBuilt = false }: { folder: string; checked?: boolean; built?: boolean; translationsBuilt?: boolean },
): StoryLoad {
  const { file, text } = source;
  const parsed = built ? loadBuiltStory(text, file) : loadStory(text, file);
  if (!parsed.ok) return { ok: false, file, problems: parsed.problems };
  const mismatch = folderProblem(file, parsed.value.id, folder);
  if (mismatch) return { ok: false, file, problems: [mismatch] };
  const translations: Translation[] = [];
  const warnings: Problem[] = [];
  for (const entry of translationFiles) {
    const result = (translationsBuilt ? loadBuiltTranslation : loadTranslation)(entry.text, entry.file);
    if (result.ok) translations.push(result.value);
    else warnings.push(...result.problems);
  }
  if (checked || built) return { ok: true, value: { story: parsed.value, file, translations, warnings } };
  // Art cannot be checked from here without fetching it; a missing picture shows the panel's description instead.
  const problems = checkStory(
    { file, story: parsed.value, translations: [] },
    { catalog: null, catalogFile: '', artExists: () => true, helplines: HELPLINE_NUMBERS },
  );
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return { ok: false, file, problems: errors };
  return { ok: true, value: { story: parsed.value, file, translations, warnings } };
}
