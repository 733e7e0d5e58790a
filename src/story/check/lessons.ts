/** The lessons catalog: icons present, translations complete, and every lesson taught on some path of some story. */
import { jsonPath, type Problem } from '../problem';
import type { LessonCatalog, Translation } from '../schema';
import { lessonStrings } from '../strings';
import { reporter, type CheckContext } from './context';
import { checkTexts } from './translations';

export function checkCatalog(catalog: LessonCatalog, context: CheckContext, translations: { file: string; translation: Translation }[]): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(context.catalogFile, problems);
  const seen = new Set<string>();
  catalog.lessons.forEach((lesson, i) => {
    if (seen.has(lesson.id)) report('error', 'duplicate-id', jsonPath(['lessons', i, 'id']), `The lesson ID "${lesson.id}" is used twice.`, { id: lesson.id });
    seen.add(lesson.id);
    if (!context.artExists('lessons', lesson.icon)) {
      report('error', 'missing-art', jsonPath(['lessons', i, 'icon']), `The icon public/panels/lessons/${lesson.icon} does not exist.`, { file: lesson.icon });
    }
  });
  checkTexts(lessonStrings(catalog), catalog.language, report, translations, context.helplines, problems);
  return problems;
}

/**
 * Lessons that no path of any checked story teaches. Only meaningful when every story is checked,
 * so the checker runs it when no story folders are named.
 */
export function checkLessonCoverage(catalog: LessonCatalog, catalogFile: string, taught: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(catalogFile, problems);
  catalog.lessons.forEach((lesson, i) => {
    if (!taught.has(lesson.id))
      report('warning', 'lesson-not-taught', jsonPath(['lessons', i, 'id']), `No path of any story teaches the lesson "${lesson.id}".`, { lesson: lesson.id });
  });
  return problems;
}
