/**
 * npm run story:key -- --publisher <id> --name "<name>" [--out keys/<id>.pem]
 * Makes a publisher's signing key (ECDSA P-256): the private key goes into a file only its owner may read (keys/ is
 * ignored by git: a private key never enters the repository), and the public half is printed as the entry to add to
 * src/packs/publishers.ts, so the app recognises packs signed with it (npm run story:sign).
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readArgs, usageError } from './args';

const usage = 'Usage: npm run story:key -- --publisher <id> --name "<publisher name>" [--out keys/<id>.pem]';
const { values } = readArgs({ publisher: { type: 'string' }, name: { type: 'string' }, out: { type: 'string' } }, usage);
if (!values.publisher || !/^[a-z0-9][a-z0-9-]*$/.test(values.publisher)) usageError('Give the publisher an ID of small letters, digits and hyphens.', usage);
if (!values.name) usageError('Give the publisher name readers will see.', usage);
const out = resolve(values.out ?? `keys/${values.publisher}.pem`);
if (existsSync(out)) usageError(`${out} exists already: a key is made once (move the old one away first).`, usage);

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
const { x, y } = publicKey.export({ format: 'jwk' });
console.log(`Wrote the private key to ${out} (only you may read it). Keep it off the repository and back it up offline.`);
console.log('Add this publisher to PUBLISHERS in src/packs/publishers.ts, so the app trusts packs signed with the key:\n');
console.log(JSON.stringify({ id: values.publisher, name: values.name, publicKey: { kty: 'EC', crv: 'P-256', x, y } }, null, 2));
