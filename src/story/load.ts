/** Reads the authored files (story, lesson catalog, translation) from their text. Pure: callers do the I/O. */
import { parseFile, type Parsed } from './parse';
import { LessonCatalogSchema, StorySchema, TranslationSchema, type LessonCatalog, type Story, type Translation } from './schema';

export function loadStory(text: string, file: string): Parsed<Story> {
  return parseFile(StorySchema, text, file);
}

export function loadCatalog(text: string, file: string): Parsed<LessonCatalog> {
  return parseFile(LessonCatalogSchema, text, file);
}

export function loadTranslation(text: string, file: string): Parsed<Translation> {
  return parseFile(TranslationSchema, text, file);
}
