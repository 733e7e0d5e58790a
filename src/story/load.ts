/** Reads the authored files (story, lesson catalog, translation) from their text. Pure: callers do the I/O. */
import { parseFile, parseJsonText, type Parsed } from './parse';
import {
  LessonCatalogSchema,
  StorySchema,
  TranslationSchema,
  type AuthoredCondition,
  type Condition,
  type LessonCatalog,
  type Story,
  type Translation,
} from './schema';

export function loadStory(text: string, file: string): Parsed<Story> {
  return parseFile(StorySchema, text, file);
}

/**
 * A file whose same bytes passed the schema (and, for a story, the checker) when the app was built: the app's own
 * stories, their translations and the lessons catalog, whose text is a chunk of the app's code, as trusted as the code
 * itself. Validating them again cost a slow phone long tasks when a story opened (issue 21), so only JSON is read. A
 * file that is not JSON is still a problem, never a crash. Never for a file from outside the app (packs, received
 * stories, the Studio): loadStory, loadTranslation, loadCatalog.
 */
function loadBuilt<T>(text: string, file: string): Parsed<T> {
  try {
    return { ok: true, value: JSON.parse(text) as T };
  } catch {
    return parseJsonText(text, file) as Parsed<never>;
  }
}

/**
 * A story the build passed (loadBuilt): only what validation adds to the file is done, each condition gets its `kind`
 * (the schema's one transform; a test holds the two reads equal for every bundled story).
 */
export function loadBuiltStory(text: string, file: string): Parsed<Story> {
  const parsed = loadBuilt<Story>(text, file);
  if (!parsed.ok) return parsed;
  for (const scene of parsed.value.scenes) {
    if (scene.then.kind !== 'choices') continue;
    for (const choice of scene.then.choices) if (choice.condition) choice.condition = withKind(choice.condition);
  }
  return parsed;
}

/** A translation the build passed (loadBuilt); the schema transforms nothing in it (a test holds the reads equal). */
export function loadBuiltTranslation(text: string, file: string): Parsed<Translation> {
  return loadBuilt<Translation>(text, file);
}

/** The lessons catalog, when the build passed it (loadBuilt); the schema transforms nothing in it either. */
export function loadBuiltCatalog(text: string, file: string): Parsed<LessonCatalog> {
  return loadBuilt<LessonCatalog>(text, file);
}

/** A condition as the schema reads it: every level names its kind. */
function withKind(condition: AuthoredCondition): Condition {
  if ('all' in condition) return { ...condition, kind: 'all', all: condition.all.map(withKind) };
  if ('any' in condition) return { ...condition, kind: 'any', any: condition.any.map(withKind) };
  if ('not' in condition) return { ...condition, kind: 'not', not: withKind(condition.not) };
  if ('flag' in condition) return { ...condition, kind: 'flag' };
  if ('visited' in condition) return { ...condition, kind: 'visited' };
  return { ...condition, kind: 'learned' };
}

export function loadCatalog(text: string, file: string): Parsed<LessonCatalog> {
  return parseFile(LessonCatalogSchema, text, file);
}

export function loadTranslation(text: string, file: string): Parsed<Translation> {
  return parseFile(TranslationSchema, text, file);
}
