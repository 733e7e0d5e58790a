/**
 * "Ekspor ke folder": a draft downloaded as a checkout's folders in a zip, unzipped into a temporary checkout as an
 * author would, is the repository's files byte for byte and passes npm run story:check.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { folderOfDraft } from '../../src/studio/share/draft-pack';
import type { Story, Translation } from '../../src/story/schema';
import { packContext, readPackFiles } from '../../tools/pack-files';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const dest = mkdtempSync(join(tmpdir(), 'komik-folder-'));
afterAll(() => rmSync(dest, { recursive: true, force: true }));
const { context } = packContext();
const text = (path: string) => readFileSync(join(root, path), 'utf8');
const story = JSON.parse(text('stories/sample/story.json')) as Story;
const english = JSON.parse(text('stories/sample/i18n/en.json')) as Translation;
/** The sample's art as the Studio has it (by file name). */
const art = new Map(
  [...readPackFiles(join(root, 'stories', 'sample')).files].flatMap(([name, bytes]) => (name.startsWith('panels/') ? [[name.slice(7), bytes]] : [])),
);

describe('export to a folder', { timeout: 60_000 }, () => {
  it('lays the draft out as stories/<id>/ and public/panels/<id>/, the same bytes as the repository, and story:check passes', () => {
    const zipped = folderOfDraft(story, [english], art, context);
    if (!zipped.ok) throw new Error(JSON.stringify(zipped.problems));
    const files = unzipSync(zipped.value);
    expect(Object.keys(files).sort()).toEqual(
      ['stories/sample/story.json', 'stories/sample/i18n/en.json', ...[...art.keys()].map((file) => `public/panels/sample/${file}`)].sort(),
    );
    for (const [name, bytes] of Object.entries(files)) {
      expect(Buffer.from(bytes).equals(readFileSync(join(root, name))), name).toBe(true);
      mkdirSync(dirname(join(dest, name)), { recursive: true });
      writeFileSync(join(dest, name), bytes);
    }
    const checked = spawnSync(tsx, [join(root, 'tools', 'story-check.ts'), join(dest, 'stories', 'sample')], { cwd: root, encoding: 'utf8' });
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toContain('0 errors');
  });

  it('refuses a draft the checker refuses, with the problem placed in the draft', () => {
    const broken: Story = { ...story, start: 'nowhere' };
    const zipped = folderOfDraft(broken, [english], art, context);
    expect(zipped.ok).toBe(false);
    expect(!zipped.ok && zipped.problems.some((problem) => problem.file === 'stories/sample/story.json' && problem.severity === 'error')).toBe(true);
  });
});
