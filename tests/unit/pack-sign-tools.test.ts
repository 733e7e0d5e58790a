/**
 * story:key and story:sign as a publisher runs them: a key made in a temporary folder (never the repository's), a
 * pack signed with it, and the signature holding once the printed public key is among the publishers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPack, verifyPack, writePack, type Publisher } from '../../src/packs/index';
import { packContext, readPackFiles } from '../../tools/pack-files';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (script: string, ...args: string[]) => spawnSync(tsx, [join(root, 'tools', script), ...args], { cwd: root, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'komik-sign-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('signing a pack from the command line', { timeout: 60_000 }, () => {
  it('makes a key only its owner reads, signs a pack with it, and the signature holds for the printed publisher', async () => {
    const key = join(dir, 'ngo.pem');
    const made = run('story-key.ts', '--publisher', 'ngo', '--name', 'NGO Desa', '--out', key);
    expect(made.status).toBe(0);
    expect(statSync(key).mode & 0o077).toBe(0);
    const publisher = JSON.parse(made.stdout.slice(made.stdout.indexOf('{'))) as Publisher;
    expect(publisher).toMatchObject({ id: 'ngo', name: 'NGO Desa', publicKey: { kty: 'EC', crv: 'P-256' } });

    const pack = join(dir, 'sample.komik');
    writeFileSync(pack, writePack(readPackFiles(join(root, 'stories', 'sample')).files));
    // A key the app does not know needs its publisher named.
    expect(run('story-sign.ts', pack, '--key', key).status).toBe(1);
    const signed = run('story-sign.ts', pack, '--key', key, '--publisher', 'ngo');
    expect(signed.stdout).toContain('Signed sample.komik as "ngo"');
    const read = readPack(new Uint8Array(readFileSync(pack)), packContext().context, 'sample.komik');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(await verifyPack(read.value, [publisher])).toEqual({ kind: 'publisher', publisher });
  });
});
