/**
 * A new story from a title, a language and the characters' names: the smallest story the checker accepts (one scene,
 * one page, one panel with a description, one ending), ready to grow in the editor.
 */
import { STORY_SCHEMA_VERSION, type Story } from '../../story/schema';
import { slugId, uniqueId } from './ids';

/** The words a new story starts with, in its own language (the Studio takes them from its translations). */
export interface StarterTexts {
  summary: string;
  sceneTitle: string;
  description: string;
  endingTitle: string;
  endingText: string;
}

/** The art file a new panel names until the author picks one: the reader shows the description in its place. */
export const PLACEHOLDER_ART = 'panel.svg';

export function newStory({ title, language, characters }: { title: string; language: string; characters: string[] }, texts: StarterTexts): Story {
  const taken = new Set<string>();
  const people = characters
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const id = uniqueId(slugId(name, 'tokoh'), taken);
      taken.add(id);
      return { id, name };
    });
  return {
    schemaVersion: STORY_SCHEMA_VERSION,
    id: slugId(title, 'cerita-baru'),
    language,
    title: title.trim(),
    summary: texts.summary,
    cover: PLACEHOLDER_ART,
    characters: people,
    start: 'awal',
    scenes: [
      {
        id: 'awal',
        title: texts.sceneTitle,
        pages: [{ id: 'awal-1', panels: [{ id: 'awal-1-1', art: PLACEHOLDER_ART, description: texts.description, balloons: [] }] }],
        then: { kind: 'ending', ending: 'selesai' },
      },
    ],
    endings: [{ id: 'selesai', kind: 'good', title: texts.endingTitle, text: texts.endingText }],
  };
}
