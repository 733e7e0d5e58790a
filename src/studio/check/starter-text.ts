/**
 * The words a new story, scene or page starts with (new-story.ts, in each language the Studio speaks), still there: a
 * panel's description, an ending's text, the story's summary. The story reads from start to end with them, but a
 * screen reader would say "Describe what this panel shows." for the picture, and the library card would show
 * "Title: a new story.", so the live check names each one for the author to write.
 */
import { jsonPath, type PathSegment, type Problem } from '../../story/problem';
import type { Story } from '../../story/schema';

/** The starter words of one language, as the Studio's strings have them (the summary with its "{{title}}"). */
export interface StarterWords {
  summary: string;
  description: string;
  endingText: string;
}

/** `file`: the story's file as the check names it; `starters`: the Studio's starter words in each of its languages. */
export function starterTextProblems(story: Story, file: string, starters: readonly StarterWords[]): Problem[] {
  const descriptions = new Set(starters.map((words) => words.description));
  const endings = new Set(starters.map((words) => words.endingText));
  // The title is whatever it was when the story was started.
  const summaries = starters.map((words) => new RegExp(`^${words.summary.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace('{{title}}', '.*')}$`, 's'));
  const problem = (context: string, path: PathSegment[], message: string): Problem => ({
    severity: 'warning',
    code: 'starter-text',
    file,
    path: jsonPath(path),
    message,
    params: { context },
  });
  const problems: Problem[] = [];
  if (summaries.some((summary) => summary.test(story.summary)))
    problems.push(problem('summary', ['summary'], 'The summary is still the starter text: say in a sentence or two what the story is about.'));
  story.scenes.forEach((scene, sceneIndex) =>
    scene.pages.forEach((page, pageIndex) =>
      page.panels.forEach((panel, panelIndex) => {
        if (descriptions.has(panel.description))
          problems.push(
            problem(
              'description',
              ['scenes', sceneIndex, 'pages', pageIndex, 'panels', panelIndex, 'description'],
              'The description is still the starter text: say what the picture shows.',
            ),
          );
      }),
    ),
  );
  story.endings.forEach((ending, endingIndex) => {
    if (endings.has(ending.text))
      problems.push(problem('ending', ['endings', endingIndex, 'text'], 'The ending is still the starter text: tell the reader how the story ends.'));
  });
  return problems;
}
