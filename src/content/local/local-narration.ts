/**
 * The recorded narration of a story on this phone, in one language: its narration file and its recordings, stored with
 * the story when it was received (receive.ts), so they play offline and are never downloaded.
 */
import { getLocalStory } from './local-store';

export interface LocalNarration {
  /** narration/<language>.json, as received. */
  text: string;
  /** The recordings by their file name in the narration file. */
  recordings: Map<string, Blob>;
}

/** null when the story has no narration in that language (or is no longer on this phone). */
export async function localNarration(storyId: string, language: string): Promise<LocalNarration | null> {
  const record = await getLocalStory(storyId);
  const text = record?.narration?.find(({ file }) => file === `narration/${language}.json`)?.text;
  if (!record || text === undefined) return null;
  const folder = `narration/${language}/`;
  const recordings = new Map(
    (record.recordings ?? []).filter(({ file }) => file.startsWith(folder)).map(({ file, blob }) => [file.slice(folder.length), blob]),
  );
  return { text, recordings };
}
