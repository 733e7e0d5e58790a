/**
 * Stories on this phone: a received pack is stored under its own ID (never a bundled story's), read back as the reader
 * loads any story, replaced by the same story's next pack, and removed; a hostile or broken pack changes nothing.
 */
import 'fake-indexeddb/auto';
import { zipSync } from 'fflate';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { isLocalStoryId, localStoryId, MAX_PACK_ID_LENGTH } from '../../src/content/local/local-id';
import { loadLocalStory } from '../../src/content/local/local-load';
import { deleteLocalStory, listLocalStories } from '../../src/content/local/local-store';
import { receivePack } from '../../src/content/local/receive';
import { writePack } from '../../src/packs/index';
import { isId } from '../../src/story/id';
import { readPackFiles } from '../../tools/pack-files';
import { handMadeZip, zerosDeflated } from '../support/hand-made-zip';

const root = join(import.meta.dirname, '..', '..');
const sampleFiles = readPackFiles(join(root, 'stories', 'sample')).files;
const text = (value: string) => new TextEncoder().encode(value);
const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

/** The sample's pack with story.json changed by `edit`. */
function samplePack(edit: (story: Record<string, unknown>) => void = () => {}): Uint8Array {
  const story = JSON.parse(new TextDecoder().decode(sampleFiles.get('story.json'))) as Record<string, unknown>;
  edit(story);
  return writePack(new Map([...sampleFiles, ['story.json', text(JSON.stringify(story, null, 2))]]));
}

/** What is stored, to compare before and after: IDs, versions and sizes. */
const stored = async () => (await listLocalStories()).map(({ id, storedAt, bytes, storyText }) => ({ id, storedAt, bytes, storyText }));

beforeEach(async () => {
  for (const { id } of await listLocalStories()) await deleteLocalStory(id);
});

describe('the ID of a story on this phone', () => {
  it('is its pack ID under "local-": a story ID the progress store keeps, never a bundled story folder', () => {
    expect(localStoryId('sample')).toBe('local-sample');
    expect(isId(localStoryId('a'.repeat(MAX_PACK_ID_LENGTH)))).toBe(true);
    expect(isLocalStoryId('local-sample')).toBe(true);
    const bundled = readdirSync(join(root, 'stories'));
    expect(bundled).toContain('sample');
    expect(bundled.filter(isLocalStoryId)).toEqual([]);
  });
});

describe('receiving a pack', () => {
  it("stores a bundled story's pack beside it under its own ID, with its translations and pictures, readable offline", async () => {
    const receipt = await receivePack(blob(samplePack()), 'sample.komik', 1000);
    expect(receipt).toEqual({ ok: true, storyId: 'local-sample', updated: false });
    const load = await loadLocalStory('local-sample');
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    expect(load.value.story.id).toBe('local-sample');
    expect(load.value.story.title).toBe('Contoh: Tawaran di Warung');
    expect(load.value.translations.map((translation) => translation.language)).toEqual(['en']);
    const [record] = await listLocalStories();
    expect(record!.art.map(({ file }) => file)).toContain('cover.svg');
    expect(record!.art.find(({ file }) => file === 'cover.svg')!.blob.type).toBe('image/svg+xml');
  });

  it('replaces the same story on this phone with its newer pack (an update), one story still', async () => {
    await receivePack(blob(samplePack()), 'sample.komik', 1000);
    const receipt = await receivePack(blob(samplePack((story) => (story.title = 'Tawaran di Warung, edisi 2'))), 'sample (1).komik', 2000);
    expect(receipt).toEqual({ ok: true, storyId: 'local-sample', updated: true });
    expect((await listLocalStories()).map(({ id, storedAt }) => [id, storedAt])).toEqual([['local-sample', 2000]]);
    const load = await loadLocalStory('local-sample');
    expect(load.ok && load.value.story.title).toBe('Tawaran di Warung, edisi 2');
  });

  it.each([
    ['a name that climbs out of its folder', () => zipSync({ 'story.json': text('{}'), '../../evil.txt': text('x') }), 'unsafe', 'unsafe-name'],
    ['a symbolic link', () => handMadeZip([{ name: 'panels/cover.svg', data: text('<svg/>'), system: 3, attributes: 0o120777 << 16 }]), 'unsafe', 'link'],
    ['a zip bomb', () => handMadeZip([{ name: 'panels/cover.svg', data: zerosDeflated(200_000), method: 8, size: 1000, crc: 0 }]), 'not-a-pack', 'damaged'],
    ['not a zip at all', () => text('hello'), 'not-a-pack', 'not-a-pack'],
    ['a story whose choice leads nowhere', () => samplePack((story) => (story.start = 'no-such-scene')), 'story', 'broken-target'],
  ])('refuses %s, naming the problem, and changes nothing', async (_, build, reason, code) => {
    await receivePack(blob(samplePack()), 'sample.komik', 1000);
    const before = await stored();
    const receipt = await receivePack(blob(build()), 'jahat.komik', 2000);
    expect(receipt.ok).toBe(false);
    if (receipt.ok) return;
    expect(receipt.reason).toBe(reason);
    expect(receipt.problems.map((problem) => problem.code)).toContain(code);
    expect(await stored()).toEqual(before);
  });

  it('refuses a pack whose story ID would be too long on this phone', async () => {
    const receipt = await receivePack(blob(samplePack((story) => (story.id = 'a'.repeat(MAX_PACK_ID_LENGTH + 1)))), 'long.komik');
    expect(receipt).toMatchObject({ ok: false, reason: 'story' });
    expect(await listLocalStories()).toEqual([]);
  });

  it('once removed, the story is no longer there to read, and says so', async () => {
    await receivePack(blob(samplePack()), 'sample.komik');
    await deleteLocalStory('local-sample');
    expect(await loadLocalStory('local-sample')).toMatchObject({ ok: false, problems: [{ code: 'no-story' }] });
  });
});
