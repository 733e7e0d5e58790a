/**
 * npm run story:sign -- <file.komik> --key <private key .pem> [--publisher <id>] [--out <file>]
 * Signs a pack as its publisher (src/packs/sign.ts): the pack is read and checked first, as a phone will read it, then
 * written again with the signature in its manifest (in place, or to --out). The key says who signs: a key the app knows
 * (src/packs/publishers.ts) needs no --publisher; a new one does, and the phone trusts it only once it is listed there.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { PUBLISHERS, readPack, signPackFiles, verifyPack, type Publisher } from '../src/packs/index';
import { readArgs, usageError } from './args';
import { packContext } from './pack-files';
import { printProblems, shownProblem } from './problem-lines';

const usage = 'Usage: npm run story:sign -- <file.komik> --key <private key .pem> [--publisher <id>] [--out <file>]';
const { values, positionals } = readArgs({ key: { type: 'string' }, publisher: { type: 'string' }, out: { type: 'string' } }, usage);
if (positionals.length !== 1) usageError('Name one pack to sign.', usage);
if (!values.key) usageError('Which key? Give --key <file> (made with npm run story:key).', usage);
const packPath = resolve(positionals[0]!);
const out = resolve(values.out ?? packPath);

let pem: string;
let publicKey: Publisher['publicKey'];
try {
  pem = readFileSync(resolve(values.key), 'utf8');
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
    fail('The key is not an ECDSA P-256 key (npm run story:key makes one).');
  const { x, y } = createPublicKey(key).export({ format: 'jwk' });
  publicKey = { kty: 'EC', crv: 'P-256', x: x!, y: y! };
} catch (error) {
  fail(`The key could not be read: ${error instanceof Error ? error.message : String(error)}`);
}
const known = PUBLISHERS.find((publisher) => publisher.publicKey.x === publicKey.x && publisher.publicKey.y === publicKey.y);
if (known && values.publisher && values.publisher !== known.id) fail(`This key is the publisher "${known.id}"'s, not "${values.publisher}"'s.`);
const publisher = known?.id ?? values.publisher;
if (!publisher) fail('The app does not know this key: give --publisher <id>, and add its public key to src/packs/publishers.ts (npm run story:key prints it).');

const { context } = packContext();
const read = readPack(new Uint8Array(readFileSync(packPath)), context, basename(packPath));
if (!read.ok) {
  printProblems(read.problems.map(shownProblem));
  fail('Nothing was signed: the pack has problems to fix first.');
}
const privateKey = await crypto.subtle.importKey(
  'pkcs8',
  new Uint8Array(createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' })),
  { name: 'ECDSA', namedCurve: 'P-256' },
  false,
  ['sign'],
);
const signed = await signPackFiles(read.value.files, read.value.story.id, publisher, privateKey);
// Read back as a phone will, with this key among the publishers, before anything is written.
const again = readPack(signed, context, basename(out));
const trust = again.ok ? await verifyPack(again.value, [...PUBLISHERS, { id: publisher, name: publisher, publicKey }]) : null;
if (trust?.kind !== 'publisher') fail('The signed pack did not verify; nothing was written.');
writeFileSync(out, signed);
console.log(`Signed ${basename(out)} as "${publisher}": ${read.value.files.size} files, ${signed.length} bytes.`);
if (!known) console.log(`Phones trust it once "${publisher}" and its public key are in src/packs/publishers.ts.`);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
