/**
 * The lessons' messages have recordings of their own (stories/lessons/narration): downloading a story's narration in a
 * language brings the lessons' recordings in that language with it, so the endings are heard in the recorded voice
 * offline too, and the size the reader is shown counts them.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { downloadRecordings, haveRecordings, LESSONS_FOLDER, lessonsTaught, recordingsOf } from '../../src/comic/listen/recordings';
import { bundledStory } from '../fixtures/bundled-story';

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

it('counts and downloads only the messages of the lessons the story teaches: what its endings can say', async () => {
  const story = bundledStory('sample');
  const taught = lessonsTaught(story);
  expect(taught).toEqual(['check-agency', 'keep-passport', 'official-channels', 'work-contract']);
  const all = await recordingsOf('sample', 'id');
  const recordings = await recordingsOf('sample', 'id', taught);
  expect([...recordings.clips.get(LESSONS_FOLDER)!.keys()].sort()).toEqual(taught.map((lessonId) => `lesson.${lessonId}.message`));
  const left = [...all.clips.get(LESSONS_FOLDER)!.entries()].filter(([key]) => !recordings.clips.get(LESSONS_FOLDER)!.has(key));
  expect(recordings.bytes).toBe(all.bytes - left.reduce((sum, [, clip]) => sum + clip.bytes, 0));
});

it("offers no lesson recordings with a story not recorded in that language: the phone's voice reads it all", async () => {
  for (const [storyId, language] of [
    ['sample', 'en'],
    ['jalan-sari', 'id'],
  ]) {
    const recordings = await recordingsOf(storyId!, language!, lessonsTaught(bundledStory(storyId!)));
    expect(recordings.clips.get(LESSONS_FOLDER)!.size).toBe(0);
    expect(recordings.bytes).toBe(0);
  }
});
