/**
 * The lessons' messages have recordings of their own (stories/lessons/narration): downloading a story's narration in a
 * language brings the lessons' recordings in that language with it, so the endings are heard in the recorded voice
 * offline too, and the size the reader is shown counts them.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { downloadRecordings, haveRecordings, LESSONS_FOLDER, recordingsOf } from '../../src/comic/listen/recordings';

/** The browser's Cache Storage, in memory: what was put, by address. */
function fakeCaches() {
  const stored = new Map<string, Response>();
  const cache = {
    match: (url: string) => Promise.resolve(stored.get(url)),
    put: (url: string, response: Response) => void stored.set(url, response),
  };
  vi.stubGlobal('caches', { open: () => Promise.resolve(cache) });
  vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(new Uint8Array(3), { status: 200, headers: { 'x-url': url } })));
  return stored;
}
afterEach(() => void vi.unstubAllGlobals());

it("offers the sample's recordings with the lessons' in the same language, and downloads both", async () => {
  const recordings = await recordingsOf('sample', 'id');
  const lessons = [...recordings.clips.get(LESSONS_FOLDER)!.values()];
  const story = [...recordings.clips.get('sample')!.values()];
  expect(lessons.map((clip) => clip.file)).toContain('lesson.official-channels.message.ogg');
  expect(story.length).toBeGreaterThan(10);
  const sum = (clips: typeof lessons) => clips.reduce((total, clip) => total + clip.bytes, 0);
  expect(recordings.bytes).toBe(sum(story) + sum(lessons));

  const stored = fakeCaches();
  expect(await haveRecordings(recordings)).toBe(false);
  await downloadRecordings(recordings, () => undefined);
  for (const clip of [...story, ...lessons]) expect(stored.has(clip.url!)).toBe(true);
  expect(await haveRecordings(recordings)).toBe(true);
});

it("has no lesson recordings in a language nobody recorded them in: the phone's voice reads the messages", async () => {
  const recordings = await recordingsOf('sample', 'en');
  expect(recordings.clips.get(LESSONS_FOLDER)!.size).toBe(0);
  expect(recordings.bytes).toBe(0);
});
