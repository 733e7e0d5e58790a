/**
 * Receiving a .komik file (the library's "open a story file", or a file shared to the installed app): checked whole by
 * readPack (size, zip bombs, names, links, safe art, and story:check's rules) before anything is stored; any problem
 * refuses it and leaves the phone as it was. Its signature says who vouches for it (src/packs/sign.ts): a known
 * publisher, or no one, and then it opens marked. A pack of a story already on this phone replaces it: the reader's
 * place, kept under the same local ID, is fitted to the new version by the engine's restore when it is opened. But a
 * story a known publisher vouched for is replaced only by a pack that publisher signed: a copy from anyone else (a
 * trafficker's "update" with its own helpline) is refused and the publisher's story stays. An unsigned pack holding
 * exactly one of the app's own stories is the app's, "from Komik Saku" (src/packs/app-stories.ts).
 */
import { MAX_PACK_BYTES, PUBLISHERS, readPack, verifyPack, type Pack, type PackTrust } from '../../packs';
import { isAppStory } from '../../packs/app-stories';
import type { Problem } from '../../story/problem';
import { CATALOG_FILE } from '../bundled';
import { HELPLINE_NUMBERS } from '../helplines';
import { loadBundledCatalog } from '../load-catalog';
import { forgetStory } from '../load-story';
import { localStoryId, MAX_PACK_ID_LENGTH } from './local-id';
import { getLocalStory, putLocalStory, type LocalStoryRecord } from './local-store';

export type Receipt = { ok: true; storyId: string; updated: boolean } | { ok: false; reason: RefusalReason; problems: Problem[] };

/** What the reader is told, in their language (the problems themselves are for the author, in the checker's words). */
export type RefusalReason = 'too-large' | 'not-a-pack' | 'unsafe' | 'story' | 'storage' | 'other-publisher';

export async function receivePack(file: Blob, fileName: string, now = Date.now()): Promise<Receipt> {
  // Checked before reading: a file far too large is not read into the phone's memory at all.
  if (file.size > MAX_PACK_BYTES) return refuse('too-large', fileName, `The file is ${file.size} bytes; a story pack may be at most ${MAX_PACK_BYTES}.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const catalog = await loadBundledCatalog();
  const read = readPack(
    bytes,
    { catalog: catalog.ok ? catalog.catalog : null, catalogFile: CATALOG_FILE, artExists: () => true, helplines: HELPLINE_NUMBERS },
    fileName,
  );
  if (!read.ok) {
    const errors = read.problems.filter((problem) => problem.severity === 'error');
    return { ok: false, reason: reasonOf(errors), problems: errors };
  }
  const packId = read.value.story.id;
  if (packId.length > MAX_PACK_ID_LENGTH)
    return refuse(
      'story',
      'story.json',
      `The story ID "${packId}" is longer than ${MAX_PACK_ID_LENGTH} characters, the most a story received on a phone may have.`,
    );
  const trust = await packTrust(read.value);
  const record = recordOf(read.value, fileName, bytes.length, now, trust);
  let updated: boolean;
  try {
    const held = (await getLocalStory(record.id))?.publisher;
    if (held && record.publisher?.id !== held.id)
      return refuse('other-publisher', fileName, `The story on this phone is signed by "${held.id}"; this file is ${trustWords(trust)}.`);
    updated = await putLocalStory(record);
  } catch (error) {
    return refuse('storage', fileName, `The story could not be stored on this phone: ${String(error)}`);
  }
  forgetStory(record.id); // the next reading loads the version just stored
  return { ok: true, storyId: record.id, updated };
}

export function recordOf(pack: Pack, fileName: string, bytes: number, storedAt: number, trust: PackTrust): LocalStoryRecord {
  const text = (name: string) => new TextDecoder().decode(pack.files.get(name));
  const vouched = trust.kind === 'publisher' ? { publisher: { id: trust.publisher.id, name: trust.publisher.name }, signature: pack.manifest.signature } : {};
  return {
    ...vouched,
    id: localStoryId(pack.story.id),
    packId: pack.story.id,
    fileName,
    bytes,
    storedAt,
    storyText: text('story.json'),
    translations: pack.translations.map(({ file }) => ({ file, text: text(file) })),
    art: [...pack.art].map(([file, data]) => ({ file, blob: new Blob([new Uint8Array(data)], { type: pictureType(file) }) })),
    ...narrationOf(pack),
  };
}

/** Who vouches for the pack: its signer, else the app itself when it holds one of the app's stories unchanged. */
async function packTrust(pack: Pack): Promise<PackTrust> {
  const trust = await verifyPack(pack, PUBLISHERS);
  const app = PUBLISHERS.find((publisher) => publisher.id === 'komik-saku');
  if (trust.kind !== 'unsigned' || !app) return trust;
  const { default: digests } = await import('virtual:komik-saku/app-stories');
  return (await isAppStory(pack, digests)) ? { kind: 'publisher', publisher: app } : trust;
}

/** The pack's narration files and recordings, as readPack checked them (narration/<language>.json and its folder). */
function narrationOf(pack: Pack): Pick<LocalStoryRecord, 'narration' | 'recordings'> {
  const names = [...pack.files.keys()];
  const narration = names
    .filter((name) => /^narration\/[^/]+\.json$/.test(name))
    .map((file) => ({ file, text: new TextDecoder().decode(pack.files.get(file)) }));
  const recordings = names
    .filter((name) => /^narration\/[^/]+\/[^/]+$/.test(name))
    .map((file) => ({ file, blob: new Blob([new Uint8Array(pack.files.get(file)!)], { type: 'audio/ogg' }) }));
  return narration.length > 0 ? { narration, recordings } : {};
}

/** For the author's details: why the pack is not the publisher's. */
function trustWords(trust: PackTrust): string {
  if (trust.kind === 'publisher') return `signed by "${trust.publisher.id}"`;
  if (trust.kind === 'unknown-publisher') return `signed by "${trust.claimed}", a publisher this app does not know`;
  return trust.kind === 'unsigned' ? 'not signed' : `signed as "${trust.publisher.id}", but changed since it was signed`;
}

/** The Blob type a browser needs to show a picture (an SVG above all) from an object URL. */
function pictureType(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'md' || extension === 'txt') return 'text/plain';
  return extension === 'svg' ? 'image/svg+xml' : extension === 'jpg' ? 'image/jpeg' : `image/${extension}`;
}

/** The pack's own problems sorted into what a reader can understand: the first that applies. */
const PACK_CODES: Record<string, RefusalReason> = {
  'too-large': 'too-large',
  'not-a-pack': 'not-a-pack',
  damaged: 'not-a-pack',
  'not-utf8': 'not-a-pack',
  'unsafe-name': 'unsafe',
  'bad-name': 'unsafe',
  duplicate: 'unsafe',
  link: 'unsafe',
  'not-a-plain-file': 'unsafe',
  folder: 'unsafe',
  'unexpected-file': 'unsafe',
  encrypted: 'unsafe',
  overlap: 'unsafe',
  'unsafe-art': 'unsafe',
};

function reasonOf(problems: Problem[]): RefusalReason {
  for (const reason of ['too-large', 'not-a-pack', 'unsafe'] as const) {
    if (problems.some((problem) => PACK_CODES[problem.code] === reason)) return reason;
  }
  return 'story';
}

function refuse(reason: RefusalReason, file: string, message: string): Receipt {
  return { ok: false, reason, problems: [{ severity: 'error', code: reason, file, path: '$', message }] };
}
