/**
 * A story received on a phone brings its recorded narration: stored with it from the pack, and played from there by
 * listen mode and the room, offline, with nothing to download.
 */
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { recordingsOf, storedRecording } from '../../src/comic/listen/recordings';
import { localNarration } from '../../src/content/local/local-narration';
import { deleteLocalStory, listLocalStories } from '../../src/content/local/local-store';
import { receivePack } from '../../src/content/local/receive';
import { writePack } from '../../src/packs/index';
import { readPackFiles } from '../../tools/pack-files';

const sampleFiles = readPackFiles(join(import.meta.dirname, '..', '..', 'stories', 'sample')).files;
const clip = 'narration/id/scene.warung.prompt.ogg';
const packOf = (files: Map<string, Uint8Array>) => new Blob([new Uint8Array(writePack(files))]);

beforeEach(async () => {
  for (const { id } of await listLocalStories()) await deleteLocalStory(id);
});

it("stores a received pack's narration file and recordings, and plays them from the phone", async () => {
  expect(sampleFiles.has(clip)).toBe(true);
  expect(await receivePack(packOf(sampleFiles), 'sample.komik', 1000)).toMatchObject({ ok: true, storyId: 'local-sample' });

  const narration = await localNarration('local-sample', 'id');
  expect(narration?.text).toBe(new TextDecoder().decode(sampleFiles.get('narration/id.json')));
  const packed = [...sampleFiles.keys()].filter((name) => name.startsWith('narration/id/'));
  expect([...narration!.recordings.keys()].sort()).toEqual(packed.map((name) => name.slice('narration/id/'.length)).sort());

  const recordings = await recordingsOf('local-sample', 'id');
  const prompt = recordings.clips.get('local-sample')?.get('scene.warung.prompt');
  expect(prompt?.url).toBeUndefined();
  expect(new Uint8Array((await storedRecording(prompt!))!)).toEqual(new Uint8Array(sampleFiles.get(clip)!));
  // Nothing of the story's own is downloaded: only the lessons' recordings, the app's, would be.
  const lessons = [...(recordings.clips.get('lessons')?.values() ?? [])].reduce((sum, recording) => sum + recording.bytes, 0);
  expect(recordings.bytes).toBe(lessons);
  expect(await localNarration('local-sample', 'en')).toBeNull();
});

it('keeps a story whose pack has no narration without recordings, the phone voice reading it', async () => {
  const silent = new Map([...sampleFiles].filter(([name]) => !name.startsWith('narration/')));
  expect(await receivePack(packOf(silent), 'sample.komik', 1000)).toMatchObject({ ok: true });
  expect(await localNarration('local-sample', 'id')).toBeNull();
  expect((await recordingsOf('local-sample', 'id')).clips.get('local-sample')?.size).toBe(0);
});
