/**
 * Signed packs, as a phone judges them: a publisher's signature over every file holds; one byte changed anywhere, a
 * phone number changed, a signature moved to another publisher or an unknown signer does not, and then the story's
 * unofficial numbers are flagged. A story a known publisher signed is replaced only by that publisher's pack.
 * Keys are made here, for the test: no private key lives in the repository.
 */
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteLocalStory, listLocalStories } from '../../src/content/local/local-store';
import { receivePack } from '../../src/content/local/receive';
import { HELPLINE_NUMBERS } from '../../src/content/helplines';
import { readPack, signPackFiles, verifyPack, writePack, type Publisher } from '../../src/packs/index';
import { PUBLISHERS } from '../../src/packs/publishers';
import { phoneRuns } from '../../src/story/check/phone-numbers';
import { packContext, readPackFiles } from '../../tools/pack-files';

// The app's list of publishers, with the test's own publisher added in beforeAll.
vi.mock('../../src/packs/publishers', () => ({ PUBLISHERS: [] }));

const root = join(import.meta.dirname, '..', '..');
const sample = readPackFiles(join(root, 'stories', 'sample')).files;
const { context } = packContext();
const read = (bytes: Uint8Array) => {
  const result = readPack(bytes, context, 'sample.komik');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};
const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

async function newPublisher(id: string): Promise<{ publisher: Publisher; privateKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { publisher: { id, name: `Penerbit ${id}`, publicKey: { kty: 'EC', crv: 'P-256', x: x!, y: y! } }, privateKey: pair.privateKey };
}

/** The signed pack's files with one changed, zipped again with the same signature (as a tamperer would). */
function tampered(signed: Uint8Array, name: string, change: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  const pack = read(signed);
  const files = new Map(pack.files);
  files.set(name, change(files.get(name)!));
  return writePack(files, pack.manifest.signature);
}

const TRAFFICKER = '0812-3456-7890';
const withNumber = (bytes: Uint8Array) => new TextEncoder().encode(new TextDecoder().decode(bytes).replace('0800-1000', TRAFFICKER));

let ngo: Awaited<ReturnType<typeof newPublisher>>;
let signed: Uint8Array;
beforeAll(async () => {
  ngo = await newPublisher('ngo');
  (PUBLISHERS as Publisher[]).push(ngo.publisher);
  signed = await signPackFiles(sample, 'sample', 'ngo', ngo.privateKey);
});
beforeEach(async () => {
  for (const { id } of await listLocalStories()) await deleteLocalStory(id);
});

describe('a signed pack', () => {
  it("is its publisher's, and the signature covers every file", async () => {
    const pack = read(signed);
    expect(pack.manifest.signature).toMatchObject({ publisher: 'ngo', algorithm: 'ECDSA-P256-SHA256' });
    expect(await verifyPack(pack, [ngo.publisher])).toEqual({ kind: 'publisher', publisher: ngo.publisher });
  });

  it('is unverified when one byte of a picture changed', async () => {
    const flipped = tampered(signed, 'panels/cover.svg', (bytes) => {
      const copy = bytes.slice();
      // One digit of a coordinate, 1 → 2: still a picture, no longer the signed one.
      copy[copy.indexOf(0x31, 200)] = 0x32;
      return copy;
    });
    expect(await verifyPack(read(flipped), [ngo.publisher])).toEqual({ kind: 'bad-signature', publisher: ngo.publisher });
  });

  it('is unverified when a helpline number was changed, and the new number is flagged', async () => {
    const pack = read(tampered(signed, 'story.json', withNumber));
    expect(await verifyPack(pack, [ngo.publisher])).toEqual({ kind: 'bad-signature', publisher: ngo.publisher });
    const ending = pack.story.endings.map((item) => item.text).find((text) => text.includes(TRAFFICKER))!;
    const runs = phoneRuns(ending, HELPLINE_NUMBERS);
    // The number alone is flagged: the comma after it stays with the sentence, after the flag's tag.
    expect(runs.filter((run) => run.unofficial).map((run) => run.text)).toEqual([TRAFFICKER]);
    expect(runs[runs.findIndex((run) => run.unofficial) + 1]?.text.startsWith(',')).toBe(true);
    // The official number in the same text is not flagged, and the text reads the same.
    expect(runs.find((run) => run.text.startsWith('+62 21'))?.unofficial).toBe(false);
    expect(runs.map((run) => run.text).join('')).toBe(ending);
  });

  it('is not trusted when signed by a key the app does not know, or unsigned', async () => {
    const stranger = await newPublisher('stranger');
    expect(await verifyPack(read(await signPackFiles(sample, 'sample', 'stranger', stranger.privateKey)), [ngo.publisher])).toEqual({
      kind: 'unknown-publisher',
      claimed: 'stranger',
    });
    // A stranger's key claiming to be the known publisher.
    expect(await verifyPack(read(await signPackFiles(sample, 'sample', 'ngo', stranger.privateKey)), [ngo.publisher])).toEqual({
      kind: 'bad-signature',
      publisher: ngo.publisher,
    });
    expect(await verifyPack(read(writePack(sample)), [ngo.publisher])).toEqual({ kind: 'unsigned' });
  });
});

describe("a known publisher's story on this phone", () => {
  it('is stored as theirs and replaced by their newer pack', async () => {
    expect(await receivePack(blob(signed), 'sample.komik', 1)).toEqual({ ok: true, storyId: 'local-sample', updated: false });
    expect((await listLocalStories())[0]!.publisher).toEqual({ id: 'ngo', name: 'Penerbit ngo' });
    const newer = await signPackFiles(new Map([...sample, ['panels/credits.txt', new TextEncoder().encode('v2\n')]]), 'sample', 'ngo', ngo.privateKey);
    expect(await receivePack(blob(newer), 'sample.komik', 2)).toEqual({ ok: true, storyId: 'local-sample', updated: true });
  });

  it('is kept, and the copy refused, when a pack from anyone else claims to update it', async () => {
    await receivePack(blob(signed), 'sample.komik', 1);
    const copy = writePack(new Map([...sample, ['story.json', withNumber(sample.get('story.json')!)]]));
    const receipt = await receivePack(blob(copy), 'kiriman.komik', 2);
    expect(receipt).toMatchObject({ ok: false, reason: 'other-publisher' });
    const [kept] = await listLocalStories();
    expect(kept!.storedAt).toBe(1);
    expect(kept!.storyText).not.toContain(TRAFFICKER);
  });

  it('an unsigned story on this phone is replaced by a signed one, and marked as unverified until then', async () => {
    await receivePack(blob(writePack(sample)), 'sample.komik', 1);
    expect((await listLocalStories())[0]!.publisher).toBeUndefined();
    expect(await receivePack(blob(signed), 'sample.komik', 2)).toEqual({ ok: true, storyId: 'local-sample', updated: true });
    expect((await listLocalStories())[0]!.publisher?.id).toBe('ngo');
  });
});
