/**
 * A story as a .komik pack, to share phone to phone (issue 18): a bundled story's is made from the app's own files
 * (its script, translations and pictures, as served or cached), one on this phone's from its stored files with the
 * signature it came with, so it stays its publisher's. Loaded on demand: the pack code is not in the first download.
 */
import { writePack } from '../packs/write';
import { loadStory } from '../story/load';
import { storyArt } from '../story/story-art';
import { storyPictures } from './app-files';
import { storyFile, translationFilesOf } from './bundled';
import { isLocalStoryId } from './local/local-id';
import { getLocalStory } from './local/local-store';

/** `missing-art`: a picture is not on the phone yet (offline, before the pictures were downloaded). */
export type StoryPack = { ok: true; fileName: string; bytes: Uint8Array } | { ok: false; reason: 'missing-art' | 'unreadable' };

const encode = (text: string) => new TextEncoder().encode(text);

export async function storyPack(storyId: string): Promise<StoryPack> {
  try {
    return isLocalStoryId(storyId) ? await localPack(storyId) : await bundledPack(storyId);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

async function bundledPack(storyId: string): Promise<StoryPack> {
  const source = storyFile(storyId);
  if (!source) return { ok: false, reason: 'unreadable' };
  const text = await source.load();
  const story = loadStory(text, source.file);
  if (!story.ok) return { ok: false, reason: 'unreadable' };
  const files = new Map<string, Uint8Array>([['story.json', encode(text)]]);
  for (const translation of translationFilesOf(storyId)) files.set(`i18n/${translation.language}.json`, encode(await translation.load()));
  const art = await storyPictures(story.value, new Map());
  if (art.size < storyArt(story.value).length) return { ok: false, reason: 'missing-art' };
  for (const [file, bytes] of art) files.set(`panels/${file}`, bytes);
  return { ok: true, fileName: `${storyId}.komik`, bytes: writePack(files) };
}

async function localPack(storyId: string): Promise<StoryPack> {
  const record = await getLocalStory(storyId);
  if (!record) return { ok: false, reason: 'unreadable' };
  const files = new Map<string, Uint8Array>([['story.json', encode(record.storyText)]]);
  for (const { file, text } of record.translations) files.set(file, encode(text));
  for (const { file, blob } of record.art) files.set(`panels/${file}`, new Uint8Array(await blob.arrayBuffer()));
  // The same bytes as received, so the signature still holds.
  return { ok: true, fileName: `${record.packId}.komik`, bytes: writePack(files, record.signature) };
}
