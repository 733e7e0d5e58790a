/**
 * The recorded narration the app was built with: which recordings a story has in a language, how large they are,
 * and whether this phone has them. Recordings are not stored with the app (vite.config.ts precaches no audio): the
 * reader downloads one story's in one language when they ask, after seeing the size, into a cache of their own that
 * also serves them offline.
 */
import { loadNarration, type NarrationClip } from '../../story/narration';

// The recordings' addresses only (no audio is bundled, and none inlined into the code): the files are in dist/assets.
const AUDIO = import.meta.glob<string>('/stories/*/narration/*/*.{ogg,opus}', { query: '?url&no-inline', import: 'default', eager: true });
const MANIFESTS = import.meta.glob<string>('/stories/*/narration/*.json', { query: '?raw', import: 'default' });

export const NARRATION_CACHE = 'komik-saku-narration';
/** The lessons' messages are narrated once, for every story (stories/lessons/narration/). */
export const LESSONS_FOLDER = 'lessons';

export interface Recording extends NarrationClip {
  url: string;
}

export interface Recordings {
  language: string;
  /** By folder ("sample", "lessons"), then by string key. */
  clips: Map<string, Map<string, Recording>>;
  bytes: number;
  seconds: number;
}

async function folderRecordings(folder: string, language: string): Promise<Map<string, Recording>> {
  const file = `/stories/${folder}/narration/${language}.json`;
  const load = MANIFESTS[file];
  const found = new Map<string, Recording>();
  if (!load) return found;
  const parsed = loadNarration(await load(), file.slice(1));
  // A broken file is the checker's to report: the reader goes on with the phone's voice.
  if (!parsed.ok) return found;
  for (const [key, clip] of Object.entries(parsed.value.clips)) {
    const url = AUDIO[`/stories/${folder}/narration/${language}/${clip.file}`];
    if (url) found.set(key, { ...clip, url });
  }
  return found;
}

/** A story's recordings and the lessons' in one language (empty when there are none). */
export async function recordingsOf(storyId: string, language: string): Promise<Recordings> {
  const [story, lessons] = await Promise.all([folderRecordings(storyId, language), folderRecordings(LESSONS_FOLDER, language)]);
  const all = [...story.values(), ...lessons.values()];
  return {
    language,
    clips: new Map([
      [storyId, story],
      [LESSONS_FOLDER, lessons],
    ]),
    bytes: all.reduce((sum, clip) => sum + clip.bytes, 0),
    seconds: all.reduce((sum, clip) => sum + clip.seconds, 0),
  };
}

const urlsOf = (recordings: Recordings) => [...recordings.clips.values()].flatMap((clips) => [...clips.values()].map((clip) => clip.url));

/** Whether every recording is on this phone already. */
export async function haveRecordings(recordings: Recordings): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  const cache = await caches.open(NARRATION_CACHE);
  const found = await Promise.all(urlsOf(recordings).map((url) => cache.match(url)));
  return found.every(Boolean);
}

/** Downloads the recordings not stored yet, telling the bytes done so far. */
export async function downloadRecordings(recordings: Recordings, onProgress: (bytes: number) => void): Promise<void> {
  const cache = await caches.open(NARRATION_CACHE);
  let done = 0;
  for (const clips of recordings.clips.values()) {
    for (const clip of clips.values()) {
      if (!(await cache.match(clip.url))) {
        const response = await fetch(clip.url);
        if (!response.ok) throw new Error(`${clip.url}: ${response.status}`);
        await cache.put(clip.url, response);
      }
      done += clip.bytes;
      onProgress(done);
    }
  }
}

/** A stored recording's bytes, or null when it is not stored. */
export async function storedRecording(url: string): Promise<ArrayBuffer | null> {
  if (typeof caches === 'undefined') return null;
  const response = await (await caches.open(NARRATION_CACHE)).match(url);
  return response ? response.arrayBuffer() : null;
}
