/** npm run story:pack and story:unpack, run as an author runs them, on temporary checkouts. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readPackFiles } from '../../tools/pack-files';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (script: string, ...args: string[]) => spawnSync(tsx, [join(root, 'tools', script), ...args], { cwd: root, encoding: 'utf8' });
const made: string[] = [];
const fresh = () => {
  made.push(mkdtempSync(join(tmpdir(), 'komik-')));
  return made.at(-1)!;
};
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
const folderBytes = (dir: string) =>
  Object.fromEntries(
    filesIn(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'latin1')]),
  );
const sameFolders = (a: string, b: string) => expect(folderBytes(a)).toEqual(folderBytes(b));

describe('npm run story:pack and story:unpack', { timeout: 120_000 }, () => {
  const out = join(fresh(), 'sample.komik');
  const dest = fresh();

  it('pack, unpack into another checkout: the same files byte for byte, and story:check passes', () => {
    const packed = run('story-pack.ts', 'stories/sample', '--out', out);
    expect(packed.status, packed.stdout + packed.stderr).toBe(0);
    expect(packed.stdout).toContain('public/panels/sample/cover.svg');
    // The story, its translations, its art and its recorded narration (narration/id.json and 22 recordings).
    expect(packed.stdout).toContain('stories/sample/narration/id/scene.warung.prompt.ogg');
    expect(packed.stdout).toMatch(/Wrote .*sample\.komik: 35 files, \d+ bytes, \d+ bytes packed\./);

    const unpacked = run('story-unpack.ts', out, '--dest', dest);
    expect(unpacked.status, unpacked.stdout + unpacked.stderr).toBe(0);
    expect(unpacked.stdout).toContain('checked: 0 errors, 0 warnings.');
    sameFolders(join(dest, 'stories', 'sample'), join(root, 'stories', 'sample'));
    sameFolders(join(dest, 'public', 'panels', 'sample'), join(root, 'public', 'panels', 'sample'));
    expect(readdirSync(dest).sort()).toEqual(['public', 'stories']);

    const checked = run('story-check.ts', join(dest, 'stories', 'sample'), '--json');
    expect(checked.status, checked.stdout).toBe(0);
  });

  it('leaves an existing story alone without --force, and replaces it with --force', () => {
    const story = join(dest, 'stories', 'sample', 'story.json');
    writeFileSync(story, '{"edited": "by the author"}');
    const refused = run('story-unpack.ts', out, '--dest', dest);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(
      'The story "sample" is already there (stories/sample, public/panels/sample): nothing was written. Add --force to replace it.',
    );
    expect(readFileSync(story, 'utf8')).toBe('{"edited": "by the author"}');

    const forced = run('story-unpack.ts', out, '--dest', dest, '--force');
    expect(forced.status, forced.stdout).toBe(0);
    sameFolders(join(dest, 'stories', 'sample'), join(root, 'stories', 'sample'));
    expect(readdirSync(dest).sort()).toEqual(['public', 'stories']);
  });

  it('refuses a hostile pack with every problem, and writes nothing', () => {
    const files = Object.fromEntries(readPackFiles(join(root, 'stories', 'sample')).files);
    const evil = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(1)"/>');
    const hostile = join(fresh(), 'evil.komik');
    writeFileSync(hostile, zipSync({ ...files, 'panels/cover.svg': evil, '../../.bashrc': evil }));
    const target = fresh();
    const result = run('story-unpack.ts', hostile, '--dest', target);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('evil.komik: ../../.bashrc\n  error   $  [unsafe-name] The name climbs out of the pack\'s folder with "..".');
    expect(result.stdout).toContain('Nothing was written: the pack has 1 errors.');
    expect(readdirSync(target)).toEqual([]);
  });
});
