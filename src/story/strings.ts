/**
 * Every visible string of a story, with the stable key translations use and where it sits in the file.
 * Keys are built from author-given IDs, never array positions, so translations survive edits.
 * This is the one place that defines the keys: the reader, the checker and the translation tools use it.
 */
import { jsonPath } from './problem';
import type { Lesson, LessonCatalog, Panel, Scene, Story, Translation } from './schema';

export interface StoryString {
  key: string;
  text: string;
  /** JSONPath of the string in the source file. */
  path: string;
}

export const storyKeys = {
  title: () => 'title',
  summary: () => 'summary',
  character: (characterId: string) => `character.${characterId}.name`,
  sceneTitle: (sceneId: string) => `scene.${sceneId}.title`,
  sceneNote: (sceneId: string, noteId: string) => `scene.${sceneId}.note.${noteId}`,
  prompt: (sceneId: string) => `scene.${sceneId}.prompt`,
  description: (panelId: string) => `panel.${panelId}.description`,
  panelNote: (panelId: string, noteId: string) => `panel.${panelId}.note.${noteId}`,
  balloon: (panelId: string, balloonId: string) => `panel.${panelId}.balloon.${balloonId}`,
  choice: (choiceId: string) => `choice.${choiceId}.text`,
  unavailable: (choiceId: string) => `choice.${choiceId}.unavailable`,
  endingTitle: (endingId: string) => `ending.${endingId}.title`,
  endingText: (endingId: string) => `ending.${endingId}.text`,
} as const;

export const lessonKeys = {
  title: (lessonId: string) => `lesson.${lessonId}.title`,
  message: (lessonId: string) => `lesson.${lessonId}.message`,
  explanation: (lessonId: string) => `lesson.${lessonId}.explanation`,
} as const;

export function storyStrings(story: Story): StoryString[] {
  const out: StoryString[] = [];
  const add = (key: string, text: string | undefined, ...path: (string | number)[]) => {
    if (text !== undefined) out.push({ key, text, path: jsonPath(path) });
  };
  add(storyKeys.title(), story.title, 'title');
  add(storyKeys.summary(), story.summary, 'summary');
  story.characters.forEach((character, index) => add(storyKeys.character(character.id), character.name, 'characters', index, 'name'));
  story.scenes.forEach((scene, sceneIndex) => sceneStrings(scene, ['scenes', sceneIndex], add));
  story.endings.forEach((ending, index) => {
    add(storyKeys.endingTitle(ending.id), ending.title, 'endings', index, 'title');
    add(storyKeys.endingText(ending.id), ending.text, 'endings', index, 'text');
  });
  return out;
}

type Add = (key: string, text: string | undefined, ...path: (string | number)[]) => void;

function sceneStrings(scene: Scene, at: (string | number)[], add: Add): void {
  add(storyKeys.sceneTitle(scene.id), scene.title, ...at, 'title');
  scene.notes?.forEach((note, index) => add(storyKeys.sceneNote(scene.id, note.id), note.text, ...at, 'notes', index, 'text'));
  scene.pages.forEach((page, pageIndex) =>
    page.panels.forEach((panel, panelIndex) => panelStrings(panel, [...at, 'pages', pageIndex, 'panels', panelIndex], add)),
  );
  if (scene.then.kind === 'choices') {
    add(storyKeys.prompt(scene.id), scene.then.prompt, ...at, 'then', 'prompt');
    scene.then.choices.forEach((choice, index) => {
      add(storyKeys.choice(choice.id), choice.text, ...at, 'then', 'choices', index, 'text');
      add(storyKeys.unavailable(choice.id), choice.unavailable, ...at, 'then', 'choices', index, 'unavailable');
    });
  }
}

function panelStrings(panel: Panel, at: (string | number)[], add: Add): void {
  add(storyKeys.description(panel.id), panel.description, ...at, 'description');
  panel.balloons.forEach((balloon, index) => add(storyKeys.balloon(panel.id, balloon.id), balloon.text, ...at, 'balloons', index, 'text'));
  panel.notes?.forEach((note, index) => add(storyKeys.panelNote(panel.id, note.id), note.text, ...at, 'notes', index, 'text'));
}

export function lessonStrings(catalog: LessonCatalog): StoryString[] {
  return catalog.lessons.flatMap((lesson: Lesson, index) => [
    { key: lessonKeys.title(lesson.id), text: lesson.title, path: jsonPath(['lessons', index, 'title']) },
    { key: lessonKeys.message(lesson.id), text: lesson.message, path: jsonPath(['lessons', index, 'message']) },
    { key: lessonKeys.explanation(lesson.id), text: lesson.explanation, path: jsonPath(['lessons', index, 'explanation']) },
  ]);
}

/** A flat key → text map of the source language, the fallback for every translation. */
export function sourceStrings(strings: readonly StoryString[]): Record<string, string> {
  return Object.fromEntries(strings.map((entry) => [entry.key, entry.text]));
}

/**
 * A translation's text for a key, or undefined while it is not translated yet (no entry, or a draft's empty text):
 * every reader of a translation falls back to the source language through this one rule.
 */
export function translatedText(translation: Translation, key: string): string | undefined {
  const text = Object.hasOwn(translation.strings, key) ? translation.strings[key]!.text : undefined;
  return text !== undefined && text.trim() !== '' ? text : undefined;
}

/** A translation's translated strings as a flat key → text map (entries not translated yet left out). */
export function translatedTexts(translation: Translation): Record<string, string> {
  return Object.fromEntries(
    Object.keys(translation.strings).flatMap((key) => {
      const text = translatedText(translation, key);
      return text === undefined ? [] : [[key, text]];
    }),
  );
}
