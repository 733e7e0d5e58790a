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

it('downloads a few recordings at a time, in reading order, and starts no new one after a failure', async () => {
  const recordings = await recordingsOf('sample', 'id');
  const urls = [...recordings.clips.values()].flatMap((clips) => [...clips.values()].map((clip) => clip.url!));
  const stored = fakeCaches();
  const [asked, waiting] = [[] as string[], [] as (() => void)[]];
  let [inFlight, most] = [0, 0];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    most = Math.max(most, ++inFlight);
    await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight--;
    return new Response(new Uint8Array(3), { status: url === urls[6] ? 404 : 200 });
  });
  const progress: number[] = [];
  const download = downloadRecordings(recordings, (bytes) => progress.push(bytes));
  const settled = download.then(
    () => 'done',
    (error: Error) => error.message,
  );
  // Answer the requests as they come, until the download settles.
  for (let turn = 0; turn < 50; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    waiting.splice(0).forEach((answer) => answer());
  }
  expect(await settled).toBe(`${urls[6]}: 404`);
  expect(most).toBe(4);
  expect(asked).toEqual(urls.slice(0, asked.length));
  // The three already on their way when the seventh failed finish; nothing after them is asked for.
  expect(asked.length).toBeLessThanOrEqual(10);
  expect(stored.has(urls[6]!)).toBe(false);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
});
