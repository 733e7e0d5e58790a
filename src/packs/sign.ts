/**
 * Signed packs: a publisher signs a pack so a phone can tell the publisher's story from a copy someone changed (a
 * trafficker's copy of a comic with its own "helpline"). What is signed is a canonical text naming the publisher, the
 * story and the SHA-256 of every file in the pack but the manifest, sorted by name (docs/story-format.md, "Signed
 * packs"): any file added, removed or changed by one byte breaks the signature, whatever kind of file it is (story,
 * translation, art, narration). ECDSA P-256 with SHA-256 through WebCrypto, in the browser and in Node alike.
 */
import type { PackSignature } from './manifest';
import type { Pack } from './read';
import { writePack, type PackFiles } from './write';

export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';
const SIGNED_HEADER = 'Komik Saku story pack signature 1';
const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** A publisher the app knows: its public key as a JWK (publishers.ts). */
export interface Publisher {
  id: string;
  /** Shown to readers: "Dari <name>". */
  name: string;
  publicKey: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
}

/** What a phone can say of a pack's origin. Only `publisher` is trusted; the rest open, marked. */
export type PackTrust =
  | { kind: 'publisher'; publisher: Publisher }
  | { kind: 'unsigned' }
  | { kind: 'unknown-publisher'; claimed: string }
  | { kind: 'bad-signature'; publisher: Publisher };

/** The text a signature covers: one line per file, "<sha-256 hex> <name>", after the publisher and the story. */
export async function signedText(publisher: string, storyId: string, files: PackFiles): Promise<string> {
  const names = [...files.keys()].filter((name) => name !== 'manifest.json').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = await Promise.all(names.map(async (name) => `${hex(await crypto.subtle.digest('SHA-256', new Uint8Array(files.get(name)!)))} ${name}`));
  return [SIGNED_HEADER, `publisher ${publisher}`, `story ${storyId}`, ...lines, ''].join('\n');
}

/** The pack of `files`, signed by `publisher` with its private key (an ECDSA P-256 CryptoKey). */
export async function signPackFiles(files: PackFiles, storyId: string, publisher: string, privateKey: CryptoKey): Promise<Uint8Array> {
  const text = new TextEncoder().encode(await signedText(publisher, storyId, files));
  const value = base64(new Uint8Array(await crypto.subtle.sign(ECDSA, privateKey, text)));
  return writePack(files, { publisher, algorithm: SIGNATURE_ALGORITHM, value });
}

/** Who vouches for a pack read by readPack: its signature checked against the publishers the app knows. */
export async function verifyPack(pack: Pick<Pack, 'manifest' | 'files'>, publishers: readonly Publisher[]): Promise<PackTrust> {
  const signature = pack.manifest.signature;
  if (!signature) return { kind: 'unsigned' };
  const publisher = publishers.find((known) => known.id === signature.publisher);
  if (!publisher) return { kind: 'unknown-publisher', claimed: signature.publisher };
  return (await signatureHolds(signature, publisher, pack)) ? { kind: 'publisher', publisher } : { kind: 'bad-signature', publisher };
}

async function signatureHolds(signature: PackSignature, publisher: Publisher, pack: Pick<Pack, 'manifest' | 'files'>): Promise<boolean> {
  if (signature.algorithm !== SIGNATURE_ALGORITHM) return false;
  const value = fromBase64(signature.value);
  if (!value) return false;
  try {
    const key = await crypto.subtle.importKey('jwk', { ...publisher.publicKey, ext: true }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const text = new TextEncoder().encode(await signedText(publisher.id, pack.manifest.story, pack.files));
    return await crypto.subtle.verify(ECDSA, key, value, text);
  } catch {
    return false; // a key the browser cannot read vouches for nothing
  }
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}
