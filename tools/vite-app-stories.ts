/**
 * A Vite plugin: `virtual:komik-saku/app-stories` maps each bundled story to the digest of its pack as the app sends it
 * (src/content/story-pack.ts: the script, its translations and the pictures it uses, as served), so a phone that
 * receives one of the app's own stories can tell it is the app's (src/packs/app-stories.ts). Built from the same
 * files the app serves; a story with a picture missing is left off (the app cannot send it either). Each story's
 * digests in earlier releases (src/packs/released-digests.json) come with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { appStoryDigest } from '../src/packs/app-stories';
import type { PackFiles } from '../src/packs/write';
import { loadStory } from '../src/story/load';
import { storyArt } from '../src/story/story-art';

const ID = 'virtual:komik-saku/app-stories';
const RESOLVED = `\0${ID}`;

export function appStories(): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  return {
    name: 'komik-saku-app-stories',
    configResolved: (config) => {
      root = config.root;
      publicDir = config.publicDir;
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load: async (id) => {
      if (id !== RESOLVED) return null;
      const current = await appStoryDigests(join(root, 'stories'), publicDir);
      return `export default ${JSON.stringify(withReleased(current, readReleasedDigests(join(root, RELEASED_DIGESTS))))};`;
    },
  };
}

/** Where the digests of the stories as earlier releases shipped them are kept (`npm run story:release` adds to it). */
export const RELEASED_DIGESTS = 'src/packs/released-digests.json';

export function readReleasedDigests(file: string): Record<string, string[]> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>) : {};
}

/** The released digests with this build's added where missing, each story's sorted: what `story:release` writes. */
export function withReleased(current: Record<string, string>, released: Record<string, string[]>): Record<string, string[]> {
  const all: Record<string, string[]> = {};
  for (const storyId of [...new Set([...Object.keys(released), ...Object.keys(current)])].sort()) {
    all[storyId] = [...new Set([...(released[storyId] ?? []), ...(current[storyId] ? [current[storyId]] : [])])].sort();
  }
  return all;
}

export async function appStoryDigests(storiesDir: string, publicDir: string): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const storyId of readdirSync(storiesDir).sort()) {
    const files = sentFiles(storiesDir, publicDir, storyId);
    if (files) digests[storyId] = await appStoryDigest(storyId, files);
  }
  return digests;
}

/** The files the app puts in a bundled story's pack, or null when it could not send the story. */
function sentFiles(storiesDir: string, publicDir: string, storyId: string): PackFiles | null {
  const folder = join(storiesDir, storyId);
  if (storyId === 'lessons' || !existsSync(join(folder, 'story.json'))) return null;
  const text = readFileSync(join(folder, 'story.json'), 'utf8');
  const story = loadStory(text, `stories/${storyId}/story.json`);
  if (!story.ok) return null;
  const encode = (content: string) => new TextEncoder().encode(content);
  const files = new Map<string, Uint8Array>([['story.json', encode(text)]]);
  const i18n = join(folder, 'i18n');
  if (existsSync(i18n))
    for (const name of readdirSync(i18n).filter((file) => file.endsWith('.json'))) files.set(`i18n/${name}`, encode(readFileSync(join(i18n, name), 'utf8')));
  for (const file of storyArt(story.value)) {
    const path = join(publicDir, 'panels', storyId, file);
    if (!existsSync(path)) return null;
    files.set(`panels/${file}`, new Uint8Array(readFileSync(path)));
  }
  return files;
}
