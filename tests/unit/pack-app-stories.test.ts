/**
 * The app vouches for its own stories: a bundled story sent from one phone (unsigned: a phone has no private key)
 * arrives on another "from Komik Saku", because its files are the app's own byte for byte; the same pack with one byte
 * changed, in a picture or a phone number, is not, and opens marked as not from a known publisher.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getLocalStory, listLocalStories, deleteLocalStory } from '../../src/content/local/local-store';
import { receivePack } from '../../src/content/local/receive';
import { storyPack } from '../../src/content/story-pack';
import { readPack, writePack } from '../../src/packs/index';
import { appStoryDigest } from '../../src/packs/app-stories';
import { packContext } from '../../tools/pack-files';
import { appStoryDigests, readReleasedDigests, RELEASED_DIGESTS, withReleased } from '../../tools/vite-app-stories';

const publicDir = join(import.meta.dirname, '..', '..', 'public');
const { context } = packContext();

/** The app's files as its server answers, so the pack is made as a phone makes it. */
beforeAll(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = join(publicDir, new URL(url, 'http://app.test').pathname);
    try {
      return new Response(new Uint8Array(readFileSync(path)), { headers: { 'content-type': 'image/svg+xml' } });
    } catch {
      return new Response('', { status: 404 });
    }
  });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(async () => {
  for (const { id } of await listLocalStories()) await deleteLocalStory(id);
});

async function sentPack(storyId: string): Promise<Uint8Array> {
  const sent = await storyPack(storyId);
  if (!sent.ok) throw new Error(`the app could not send ${storyId}: ${sent.reason}`);
  return sent.bytes;
}

/** The pack's files with one changed, zipped again (as someone passing it on could). */
function changed(bytes: Uint8Array, name: string, change: (content: Uint8Array) => Uint8Array): Uint8Array {
  const read = readPack(bytes, context, 'story.komik');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const files = new Map(read.value.files);
  expect(files.has(name)).toBe(true);
  files.set(name, change(files.get(name)!));
  return writePack(files);
}

async function received(bytes: Uint8Array) {
  const receipt = await receivePack(new Blob([new Uint8Array(bytes)]), 'story.komik');
  if (!receipt.ok) throw new Error(JSON.stringify(receipt.problems));
  return (await getLocalStory(receipt.storyId))!;
}

describe('a bundled story shared phone to phone', () => {
  it.each(['sample', 'lowongan-bayu'])('%s arrives from Komik Saku, though unsigned', async (storyId) => {
    const bytes = await sentPack(storyId);
    const record = await received(bytes);
    expect(record.signature).toBeUndefined();
    expect(record.publisher).toEqual({ id: 'komik-saku', name: 'Komik Saku' });
  });

  it('with one byte of a picture changed is not from Komik Saku', async () => {
    const bytes = await sentPack('sample');
    const record = await received(changed(bytes, panelOf(bytes), oneDigitChanged));
    expect(record.publisher).toBeUndefined();
  });

  it('with its story text changed (a number altered) is not from Komik Saku', async () => {
    const bytes = await sentPack('sample');
    const altered = (content: Uint8Array) => new TextEncoder().encode(new TextDecoder().decode(content).replace('0800-1000', '0812-3456-7890'));
    const record = await received(changed(bytes, 'story.json', altered));
    expect(record.publisher).toBeUndefined();
  });

  it("under another story's ID is not from Komik Saku", async () => {
    const bytes = await sentPack('sample');
    const other = changed(bytes, 'story.json', (content) => content);
    const read = readPack(other, context, 'story.komik');
    expect(read.ok && read.value.manifest.story).toBe('sample');
    // The digest names the story it vouches for: the sample's files are not the digest of any other story.
    const { isAppStory } = await import('../../src/packs/app-stories');
    const { default: digests } = await import('virtual:komik-saku/app-stories');
    expect(read.ok && (await isAppStory({ ...read.value, manifest: { ...read.value.manifest, story: 'lowongan-bayu' } }, digests))).toBe(false);
  });
});

describe('a bundled story as an earlier release shipped it', () => {
  it('is still from Komik Saku when its digest was recorded at that release, and not when it was not', async () => {
    const { isAppStory } = await import('../../src/packs/app-stories');
    const { default: digests } = await import('virtual:komik-saku/app-stories');
    // The sample with a picture redrawn stands for the sample of an earlier release (this build's list holds it not).
    const earlier = readPack(changed(await sentPack('sample'), panelOf(await sentPack('sample')), oneDigitChanged), context, 'story.komik');
    if (!earlier.ok) throw new Error(JSON.stringify(earlier.problems));
    expect(await isAppStory(earlier.value, digests)).toBe(false);
    const recorded = { ...digests, sample: [...digests.sample!, await appStoryDigest('sample', earlier.value.files)] };
    expect(await isAppStory(earlier.value, recorded)).toBe(true);
  });

  it('every bundled story, as this build ships it, is recorded for the releases after it (npm run story:release)', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const current = await appStoryDigests(join(root, 'stories'), publicDir);
    const released = readReleasedDigests(join(root, RELEASED_DIGESTS));
    const unrecorded = Object.keys(current).filter((storyId) => !(released[storyId] ?? []).includes(current[storyId]!));
    expect(unrecorded, `run npm run story:release: ${unrecorded.join(', ')} changed since the last record`).toEqual([]);
    // The build's list holds them, and keeps what earlier releases recorded.
    const { default: digests } = await import('virtual:komik-saku/app-stories');
    expect(digests).toEqual(withReleased(current, released));
  });
});

function panelOf(bytes: Uint8Array): string {
  return readPackNames(bytes).find((name) => name.startsWith('panels/'))!;
}

/** A picture with one digit of its drawing changed: still a safe picture, one byte different. */
function oneDigitChanged(content: Uint8Array): Uint8Array {
  const at = content.findLastIndex((byte) => byte >= 0x31 && byte <= 0x38);
  return content.map((byte, index) => (index === at ? byte + 1 : byte));
}

function readPackNames(bytes: Uint8Array): string[] {
  const read = readPack(bytes, context, 'story.komik');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return [...read.value.files.keys()];
}
