/**
 * What the narrator reads, in one language: every text listen mode says aloud (story/narration.ts, role "read") in the
 * story's order, with the hash of the text as it reads now, and whether it is recorded, recorded against a text that
 * has changed since, or not yet. And the other way: a draft's recordings as the files of a story folder
 * (narration/<language>.json and narration/<language>/<file>.ogg), as story:check reads them. Pure.
 */
import { sourceHash } from '../../story/hash';
import { narrationRole, type Narration } from '../../story/narration';
import { STORY_SCHEMA_VERSION, type Story, type Translation } from '../../story/schema';
import { storyStrings, translatedText } from '../../story/strings';

export type LineState = 'missing' | 'recorded' | 'stale';

export interface Line {
  key: string;
  text: string;
  /** sourceHash of the text as it reads now: a recording saved with another is stale. */
  source: string;
  state: LineState;
}

/** A recording as the draft keeps it (record-store.ts). */
export interface Clip {
  key: string;
  source: string;
  seconds: number;
  bytes: Uint8Array;
}

/** The texts to read in `language`: a translation's untranslated texts are left out (readers see the source's). */
export function linesToRecord(story: Story, translations: readonly Translation[], language: string, recorded: ReadonlyMap<string, { source: string }>): Line[] {
  const translation = language === story.language ? null : translations.find((item) => item.language === language);
  if (language !== story.language && !translation) return [];
  return storyStrings(story).flatMap((entry) => {
    const text = translation ? translatedText(translation, entry.key) : entry.text;
    if (narrationRole(entry.key) !== 'read' || !text) return [];
    const source = sourceHash(text);
    const clip = recorded.get(entry.key);
    return [{ key: entry.key, text, source, state: !clip ? 'missing' : clip.source === source ? 'recorded' : 'stale' }];
  });
}

/** A file name for a key's recording: the key itself when it fits the format's 120 characters, else its hash. */
export function clipFile(key: string): string {
  return key.length <= 110 && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(key) ? `${key}.ogg` : `${sourceHash(key)}.ogg`;
}

/**
 * The files of a language's narration by their names in a pack: the recordings of texts the story still has (a
 * deleted balloon's recording stays in the draft but is not exported), with the manifest that lists them.
 */
export function narrationFiles(language: string, clips: readonly Clip[], keys: ReadonlySet<string>, voice?: string): Map<string, Uint8Array> {
  const kept = clips.filter((clip) => keys.has(clip.key)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const files = new Map<string, Uint8Array>();
  if (kept.length === 0) return files;
  const narration: Narration = {
    $schema: '../../../schema/narration.schema.json',
    schemaVersion: STORY_SCHEMA_VERSION,
    language,
    ...(voice ? { voice } : {}),
    clips: {},
  };
  for (const clip of kept) {
    const file = clipFile(clip.key);
    narration.clips[clip.key] = { file, source: clip.source, bytes: clip.bytes.length, seconds: Math.round(clip.seconds * 100) / 100 };
    files.set(`narration/${language}/${file}`, clip.bytes);
  }
  files.set(`narration/${language}.json`, new TextEncoder().encode(`${JSON.stringify(narration, null, 2)}\n`));
  return files;
}
