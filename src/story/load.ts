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
 * A story file whose same bytes passed loadStory and the checker when the app was built: the app's own stories, whose
 * text is a chunk of the app's code, as trusted as the code itself. Validating it again cost a slow phone a long task
 * when a story opened (issue 21), so only what validation adds to the file is done: each condition gets its `kind`
 * (the schema's one transform; a test holds the two reads equal for every bundled story). A file that is not JSON is
 * still a problem, never a crash. Never for a story from outside the app (packs, received, the Studio): loadStory.
 */
export function loadBuiltStory(text: string, file: string): Parsed<Story> {
  let story: Story;
  try {
    story = JSON.parse(text) as Story;
  } catch {
    return parseJsonText(text, file) as Parsed<never>;
  }
  for (const scene of story.scenes) {
    if (scene.then.kind !== 'choices') continue;
    for (const choice of scene.then.choices) if (choice.condition) choice.condition = withKind(choice.condition);
  }
  return { ok: true, value: story };
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
