/**
 * A story on this phone as the reader, present and print screens load any story (a StoryLoad), from its stored files.
 * Its ID becomes its local ID (local-id.ts), so its text, progress and pictures are its own, apart from a bundled story
 * the pack may share an ID with. It was checked when it was received: the checker's rules do not run again.
 */
import type { Problem } from '../../story/problem';
import { readStoryBundle, type StoryLoad } from '../story-bundle';
import { showLocalArt } from './local-art';
import { getLocalStory, type LocalStoryRecord } from './local-store';

/** The file problems name: the story inside the file it came in. */
const fileOf = (record: Pick<LocalStoryRecord, 'fileName'>) => `${record.fileName}: story.json`;

export function readLocalRecord(record: LocalStoryRecord): StoryLoad {
  const load = readStoryBundle({ file: fileOf(record), text: record.storyText }, record.translations, { folder: record.packId, checked: true });
  if (!load.ok) return load;
  return { ok: true, value: { ...load.value, story: { ...load.value.story, id: record.id }, publisher: record.publisher ?? null } };
}

export async function loadLocalStory(storyId: string): Promise<StoryLoad> {
  const file = `${storyId}: story.json`;
  let record: LocalStoryRecord | undefined;
  try {
    record = await getLocalStory(storyId);
  } catch (error) {
    return { ok: false, file, problems: [problem(file, 'unreadable', `The phone's storage could not be read: ${String(error)}`)] };
  }
  if (!record) return { ok: false, file, problems: [problem(file, 'no-story', 'This story is no longer on this phone (it was removed).')] };
  showLocalArt(storyId, new Map(record.art.map(({ file, blob }) => [file, blob])));
  return readLocalRecord(record);
}

function problem(file: string, code: string, message: string): Problem {
  return { severity: 'error', code, file, path: '$', message };
}
