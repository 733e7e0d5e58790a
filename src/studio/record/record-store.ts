/**
 * A draft's recordings in IndexedDB (the "narration" store of the Studio's database, beside the drafts and pictures):
 * one Ogg Opus Blob per draft, language and text key, with the hash of the text that was read. Errors, a full disk
 * above all, are thrown to the caller, which says so and keeps the recording it has.
 */
import { narrationOf, studioDb, type StoredClip } from '../drafts/draft-store';
import type { Clip } from './lines';

/** A language's recordings of a draft, by text key. */
export async function draftClips(draftId: string, language: string): Promise<Map<string, StoredClip>> {
  const stored = await (await studioDb()).getAll('narration', narrationOf(draftId, language));
  return new Map(stored.map((clip) => [clip.key, clip]));
}

/** Every recording of a draft, by language, as the export needs them (bytes, not Blobs). */
export async function draftNarration(draftId: string): Promise<Map<string, Clip[]>> {
  const stored = await (await studioDb()).getAll('narration', narrationOf(draftId));
  const byLanguage = new Map<string, Clip[]>();
  for (const clip of stored) {
    const clips = byLanguage.get(clip.language) ?? [];
    clips.push({ key: clip.key, source: clip.source, seconds: clip.seconds, bytes: new Uint8Array(await clip.blob.arrayBuffer()) });
    byLanguage.set(clip.language, clips);
  }
  return byLanguage;
}

/** Keeps a recording, in place of the one before it (a redo). */
export async function putClip(clip: StoredClip): Promise<void> {
  await (await studioDb()).put('narration', clip);
}
