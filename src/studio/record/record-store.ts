/**
 * A draft's recordings in IndexedDB (the "narration" store of the Studio's database, beside the drafts and pictures):
 * one Ogg Opus Blob per draft, language and text key, with the hash of the text that was read. Errors, a full disk
 * above all, are thrown to the caller, which says so and keeps the recording it has.
 */
import { narrationOf, studioDb, type StoredClip } from '../drafts/draft-store';
import type { Story, Translation } from '../../story/schema';
import { linesToRecord, narrationFiles, type Clip } from './lines';

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

/** Keeps the recordings a draft came with (an opened pack's), by language. */
export async function putDraftNarration(draftId: string, narration: ReadonlyMap<string, readonly Clip[]>): Promise<void> {
  const transaction = (await studioDb()).transaction('narration', 'readwrite');
  const puts = [...narration].flatMap(([language, clips]) =>
    clips.map((clip) =>
      transaction.store.put({
        draftId,
        language,
        key: clip.key,
        source: clip.source,
        seconds: clip.seconds,
        blob: new Blob([new Uint8Array(clip.bytes)], { type: 'audio/ogg' }),
      }),
    ),
  );
  await Promise.all([...puts, transaction.done]);
}

/** A draft's recordings as the pack's narration files, each language's recordings of texts the story still has. */
export async function draftNarrationFiles(draftId: string, story: Story, translations: readonly Translation[]): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const [language, clips] of await draftNarration(draftId)) {
    const keys = new Set(linesToRecord(story, translations, language, new Map()).map((line) => line.key));
    for (const [name, bytes] of narrationFiles(language, clips, keys)) files.set(name, bytes);
  }
  return files;
}
