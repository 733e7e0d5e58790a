/**
 * The translation view's document model: every string of the story (from storyStrings, the one walk the reader, the
 * checker and story:translate use) beside its translation, marked missing, stale or done, grouped by scene, and the
 * edits a translator makes. Pure: plain data in, plain data out.
 */
import { sourceHash } from '../../story/hash';
import type { Story, Translation } from '../../story/schema';
import type { Selection } from '../check/place';
import { storyKeys, storyStrings, translatedText, type StoryString } from '../../story/strings';

/** missing: not translated yet; stale: the source text changed since it was translated; done: translated and current. */
export type EntryState = 'missing' | 'stale' | 'done';

export interface Entry {
  key: string;
  source: string;
  text: string;
  state: EntryState;
  /** Who says it (a balloon's speaker): how a line is said depends on who says it to whom. */
  speaker?: string;
}

/** The strings of one part of the story: its opening (title, summary, characters), a scene, or the endings. */
export interface EntryGroup {
  part: { kind: 'story' } | { kind: 'scene'; sceneId: string; title: string } | { kind: 'endings' };
  entries: Entry[];
}

export interface Progress {
  total: number;
  translated: number;
  stale: number;
  missing: number;
}

export const TRANSLATION_SCHEMA = '../../../schema/translation.schema.json';

export function newTranslation(language: string): Translation {
  return { $schema: TRANSLATION_SCHEMA, schemaVersion: 1, language, status: 'draft', strings: {} };
}

export function entryState(translation: Translation, string: StoryString): EntryState {
  if (translatedText(translation, string.key) === undefined) return 'missing';
  return translation.strings[string.key]!.source === sourceHash(string.text) ? 'done' : 'stale';
}

function entryOf(translation: Translation, string: StoryString, speaker: string | undefined): Entry {
  const text = Object.hasOwn(translation.strings, string.key) ? translation.strings[string.key]!.text : '';
  return { key: string.key, source: string.text, text, state: entryState(translation, string), ...(speaker ? { speaker } : {}) };
}

/** Each balloon's speaker's name, by the balloon's string key. */
function speakers(story: Story): Map<string, string> {
  const names = new Map(story.characters.map((character) => [character.id, character.name]));
  const out = new Map<string, string>();
  for (const scene of story.scenes)
    for (const page of scene.pages)
      for (const panel of page.panels)
        for (const balloon of panel.balloons) {
          const name = balloon.speaker === undefined ? undefined : names.get(balloon.speaker);
          if (name) out.set(storyKeys.balloon(panel.id, balloon.id), name);
        }
  return out;
}

/** The story's strings in reading order, grouped by the part of the story they sit in (by their place in the file). */
export function entryGroups(story: Story, translation: Translation): EntryGroup[] {
  const groups: EntryGroup[] = [];
  const speakerOf = speakers(story);
  let last: string | null = null;
  for (const string of storyStrings(story)) {
    const sceneIndex = /^\$\.scenes\[(\d+)\]/.exec(string.path)?.[1];
    const scene = sceneIndex === undefined ? undefined : story.scenes[Number(sceneIndex)];
    const part: EntryGroup['part'] = scene
      ? { kind: 'scene', sceneId: scene.id, title: scene.title ?? scene.id }
      : string.path.startsWith('$.endings')
        ? { kind: 'endings' }
        : { kind: 'story' };
    const id = part.kind === 'scene' ? `scene:${part.sceneId}` : part.kind;
    if (id !== last) groups.push({ part, entries: [] });
    last = id;
    groups.at(-1)!.entries.push(entryOf(translation, string, speakerOf.get(string.key)));
  }
  return groups;
}

export function progressOf(story: Story, translation: Translation): Progress {
  const states = storyStrings(story).map((string) => entryState(translation, string));
  const count = (state: EntryState) => states.filter((each) => each === state).length;
  return { total: states.length, translated: count('done'), stale: count('stale'), missing: count('missing') };
}

/** The translation with a key's text typed: it now translates the current source text, so its hash is the current one. */
export function withText(translation: Translation, key: string, sourceText: string, text: string): Translation {
  return { ...translation, strings: { ...translation.strings, [key]: { sourceText, text, source: sourceHash(sourceText) } } };
}

/** A stale translation checked by the translator and still right: recorded as translating the current source text. */
export function markedCurrent(translation: Translation, key: string, sourceText: string): Translation {
  const entry = translation.strings[key];
  return entry ? withText(translation, key, sourceText, entry.text) : translation;
}

export function withStatus(translation: Translation, status: 'draft' | 'reviewed'): Translation {
  return { ...translation, status };
}

/** The translations with one replaced (by language), or added at the end. */
export function replaced(translations: readonly Translation[], translation: Translation): Translation[] {
  const at = translations.findIndex((each) => each.language === translation.language);
  return at < 0 ? [...translations, translation] : translations.map((each, index) => (index === at ? translation : each));
}

/** What a string is, to name it ("Balloon", "Scene title"): its key's first and third parts (IDs hold no dots). */
export function kindOf(key: string): string {
  const parts = key.split('.');
  return parts.length === 1 ? parts[0]! : `${parts[0]}-${parts[2]}`;
}

/** Where the preview shows a scene's string: its panel, its choice point, or the scene's start (IDs hold no dots). */
export function selectionOf(story: Story, sceneId: string, key: string): Selection {
  const [kind, id] = key.split('.');
  if (kind === 'panel') return { sceneId, panelId: id! };
  if (kind === 'choice') return { sceneId, choiceId: id! };
  const then = story.scenes.find((scene) => scene.id === sceneId)?.then;
  const first = then?.kind === 'choices' ? then.choices[0]?.id : undefined;
  return key.endsWith('.prompt') && first ? { sceneId, choiceId: first } : { sceneId };
}

/** The element ID of a string's field in the translation view (keys are IDs and dots). */
export function entryFieldId(key: string): string {
  return `translate-${key.replaceAll('.', '-')}`;
}
