/** The authoring checker's rules over one story bundle. tools/story-check.ts does the file reading. */
import type { Problem } from '../problem';
import { storyStrings } from '../strings';
import { reporter, type CheckContext, type StoryBundle } from './context';
import { checkCompose } from './compose';
import { checkGraph } from './graph';
import { checkDuplicateIds } from './ids';
import { checkLayout } from './layout';
import { checkReferences } from './references';
import { checkTails } from './tails';
import { checkTexts } from './translations';

export { folderProblem } from './ids';
export { checkCatalog, checkLessonCoverage } from './lessons';
export type { CheckContext, KitNames, StoryBundle } from './context';

export function checkStory(bundle: StoryBundle, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(bundle.file, problems);
  checkDuplicateIds(bundle.story, report);
  checkReferences(bundle.story, context, report);
  checkGraph(bundle.story, report);
  checkLayout(bundle, context, report);
  checkTails(bundle.story, report, context.faces);
  if (context.kit) checkCompose(bundle.story, context.kit, report);
  checkTexts(storyStrings(bundle.story), bundle.story.language, report, bundle.translations, context.helplines, problems);
  return problems;
}
