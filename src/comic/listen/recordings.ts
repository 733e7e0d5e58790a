/**
 * The recorded narration the app was built with: which recordings a story has in a language, how large they are,
 * and whether this phone has them. Recordings are not stored with the app (vite.config.ts precaches no audio): the
 * reader downloads one story's in one language when they ask, after seeing the size, into a cache of their own that
 * also serves them offline. A story received on this phone brings its recordings in its pack: they are stored with it
 * (content/local/local-narration.ts) and play from there.
 */
import { isLocalStoryId } from '../../content/local/local-id';
import { localNarration } from '../../content/local/local-narration';
import { loadNarration, type NarrationClip } from '../../story/narration';
import type { Story } from '../../story/schema';
import { lessonKeys } from '../../story/strings';

// The recordings' addresses only (no audio is bundled, and none inlined into the code): the files are in dist/assets.
const AUDIO = import.meta.glob<string>('/stories/*/narration/*/*.{ogg,opus}', { query: '?url&no-inline', import: 'default', eager: true });
const MANIFESTS = import.meta.glob<string>('/stories/*/narration/*.json', { query: '?raw', import: 'default' });

export const NARRATION_CACHE = 'komik-saku-narration';
/** The lessons' messages are narrated once, for every story (stories/lessons/narration/). */
export const LESSONS_FOLDER = 'lessons';

export interface Recording extends NarrationClip {
  /** Where the app's own recording is downloaded from (and its key in the cache); a story on this phone has none. */
  url?: string;
  /** A recording stored with a story received on this phone. */
  blob?: Blob;
}

export interface Recordings {
  language: string;
  /** By folder ("sample", "lessons"), then by string key. */
  clips: Map<string, Map<string, Recording>>;
  /** What downloading them costs: a story on this phone has its own recordings already. */
  bytes: number;
  seconds: number;
}

async function folderRecordings(folder: string, language: string): Promise<Map<string, Recording>> {
  if (isLocalStoryId(folder)) return localRecordings(folder, language);
  const file = `/stories/${folder}/narration/${language}.json`;
  const load = MANIFESTS[file];
  if (!load) return new Map();
  return clipsOf(await load(), file.slice(1), (clip) => {
    const url = AUDIO[`/stories/${folder}/narration/${language}/${clip}`];
    return url ? { url } : undefined;
  });
}

async function localRecordings(storyId: string, language: string): Promise<Map<string, Recording>> {
  // Storage that cannot be read leaves the phone's voice, as a story without recordings has.
  const narration = await localNarration(storyId, language).catch(() => null);
  if (!narration) return new Map();
  return clipsOf(narration.text, `narration/${language}.json`, (clip) => {
    const blob = narration.recordings.get(clip);
    return blob ? { blob } : undefined;
  });
}

/** A narration file's clips that have their recording (`where` finds it). */
function clipsOf(text: string, file: string, where: (clip: string) => { url: string } | { blob: Blob } | undefined): Map<string, Recording> {
  const found = new Map<string, Recording>();
  const parsed = loadNarration(text, file);
  // A broken file is the checker's to report: the reader goes on with the phone's voice.
  if (!parsed.ok) return found;
  for (const [key, clip] of Object.entries(parsed.value.clips)) {
    const source = where(clip.file);
    if (source) found.set(key, { ...clip, ...source });
  }
  return found;
}

/** The lessons a story can teach (its scenes, choices and endings): the only lesson messages read at its endings. */
export function lessonsTaught(story: Story): string[] {
  const taught = [
    ...story.scenes.flatMap((scene) => [
      ...(scene.teaches ?? []),
      ...(scene.then.kind === 'choices' ? scene.then.choices.flatMap((choice) => choice.teaches ?? []) : []),
    ]),
    ...story.endings.flatMap((ending) => ending.teaches ?? []),
  ];
  return [...new Set(taught)].sort();
}

/**
 * A story's recordings and the lessons' in one language (empty when there are none). The lessons' come with a story's
 * own: a story not recorded in this language is read by the phone's voice throughout (one voice, and no download for
 * a few messages). Given the lessons the story teaches, only their messages are counted and downloaded: a reader pays
 * for what the story's endings can say.
 */
export async function recordingsOf(storyId: string, language: string, taught?: readonly string[]): Promise<Recordings> {
  const [story, catalog] = await Promise.all([folderRecordings(storyId, language), folderRecordings(LESSONS_FOLDER, language)]);
  const wanted = taught && new Set(taught.map((lessonId) => lessonKeys.message(lessonId)));
  const lessons = story.size === 0 ? new Map<string, Recording>() : wanted ? new Map([...catalog].filter(([key]) => wanted.has(key))) : catalog;
  const all = [...story.values(), ...lessons.values()];
  return {
    language,
    clips: new Map([
      [storyId, story],
      [LESSONS_FOLDER, lessons],
    ]),
    bytes: all.reduce((sum, clip) => sum + (clip.url ? clip.bytes : 0), 0),
    seconds: all.reduce((sum, clip) => sum + clip.seconds, 0),
  };
}

/** Whether there is any recording at all, the app's or a received story's own. */
export const anyRecordings = (recordings: Recordings | undefined): boolean => [...(recordings?.clips.values() ?? [])].some((clips) => clips.size > 0);

/** The addresses of the recordings to download: a story on this phone has its own already. */
const urlsOf = (recordings: Recordings) => [...recordings.clips.values()].flatMap((clips) => [...clips.values()].flatMap((clip) => clip.url ?? []));

/** Whether every recording is on this phone already. */
export async function haveRecordings(recordings: Recordings): Promise<boolean> {
  if (urlsOf(recordings).length === 0) return true;
  if (typeof caches === 'undefined') return false;
  const cache = await caches.open(NARRATION_CACHE);
  const found = await Promise.all(urlsOf(recordings).map((url) => cache.match(url)));
  return found.every(Boolean);
}

/**
 * How many recordings are fetched at once. A clip is a few kilobytes, so on a phone's connection one at a time waits
 * mostly on round trips; a few side by side share the line without crowding out the page's own requests.
 */
const DOWNLOADS_AT_ONCE = 4;

/** Downloads the recordings not stored yet, in reading order, a few at a time, telling the bytes done so far. */
export async function downloadRecordings(recordings: Recordings, onProgress: (bytes: number) => void): Promise<void> {
  const cache = await caches.open(NARRATION_CACHE);
  const clips = [...recordings.clips.values()].flatMap((folder) => [...folder.values()]).filter((clip) => clip.url);
  let [next, done, failed] = [0, 0, false];
  const store = async (url: string) => {
    if (await cache.match(url)) return;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await cache.put(url, response);
  };
  const downloader = async () => {
    // After a failure no new download starts: the whole download is reported failed once, and can be tried again.
    while (!failed && next < clips.length) {
      const clip = clips[next++]!;
      try {
        await store(clip.url!);
      } catch (error) {
        failed = true;
        throw error;
      }
      done += clip.bytes;
      onProgress(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(DOWNLOADS_AT_ONCE, clips.length) }, downloader));
}

/** A stored recording's bytes, or null when it is not stored. */
export async function storedRecording(recording: Recording): Promise<ArrayBuffer | null> {
  if (recording.blob) return recording.blob.arrayBuffer();
  if (!recording.url || typeof caches === 'undefined') return null;
  const response = await (await caches.open(NARRATION_CACHE)).match(recording.url);
  return response ? response.arrayBuffer() : null;
}
