/**
 * The library's side of stories on this phone: each as a summary the library card shows (with the pack's size), its
 * pictures shown from the store and its load remembered, so its card and its reading open at once; and removal.
 */
import { forgetStory } from '../load-story';
import { rememberSettled } from '../loaded-stories';
import { summarizeStory } from '../summarize';
import type { StorySummary } from '../summary';
import { forgetLocalArt, showLocalArt } from './local-art';
import { readLocalRecord } from './local-load';
import { deleteLocalStory, listLocalStories } from './local-store';

export interface LocalEntry {
  summary: StorySummary;
  bytes: number;
  /** Who signed it (verified when it was received), or null: not from a known publisher. */
  publisher: { id: string; name: string } | null;
}

export async function localShelf(): Promise<LocalEntry[]> {
  const records = await listLocalStories();
  return records.map((record) => {
    const load = readLocalRecord(record);
    showLocalArt(record.id, new Map(record.art.map(({ file, blob }) => [file, blob])));
    rememberSettled(record.id, load);
    return { summary: summarizeStory(record.id, load), bytes: record.bytes, publisher: record.publisher ?? null };
  });
}

/**
 * Removes the story and frees its space; `removed` is told before its pictures are let go (so nothing still shows them). The reader's progress in it stays in the progress store, unused and out of
 * the way: the same story received again continues where they were, and nothing reads a place in a story that is gone.
 */
export async function removeLocalStory(storyId: string, removed: () => void = () => {}): Promise<void> {
  await deleteLocalStory(storyId);
  removed();
  forgetStory(storyId);
  forgetLocalArt(storyId);
}
