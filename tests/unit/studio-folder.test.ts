/**
 * "Ekspor ke folder": a draft downloaded as a checkout's folders in a zip, unzipped into a temporary checkout as an
 * author would, is the repository's files byte for byte and passes npm run story:check; a panel composed from the kit
 * comes with its spec, from which npm run art draws the same SVG byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { folderOfDraft } from '../../src/studio/share/draft-pack';
import type { Compose, Story, Translation } from '../../src/story/schema';
import { setComposedPanel } from '../../src/studio/kit/compose-edit';
import { composeStoryPanel } from '../../src/studio/kit/kit-draw';
import { DEFAULT_LOOK } from '../../src/studio/kit/looks';
import { buildStoryArt } from '../../tools/art/build-all';
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

  it('writes the kit’s spec of each composed panel, and npm run art in the checkout draws the very SVG the Studio drew', () => {
    const compose: Compose = {
      width: 800,
      height: 450,
      background: 'harbour',
      variant: 'night',
      characters: [
        { id: 'wati', pose: 'phone-call', expression: 'worried', x: 0.3 },
        { id: 'arif', pose: 'point-up', expression: 'neutral', x: 0.7, flip: true },
      ],
      props: [{ id: 'notice-board', x: 0.5, y: 0.9 }],
    };
    const panelId = story.scenes[0]!.pages[0]!.panels[0]!.id;
    const withWati = { ...story, characters: [...story.characters, { id: 'wati', name: 'Wati', look: DEFAULT_LOOK }] };
    const speakersOf = (drawn: Compose) => composeStoryPanel(drawn, withWati.characters)?.speakers ?? [];
    const composed = setComposedPanel(withWati, panelId, compose, 'dermaga-malam.svg', speakersOf);
    const drawn = composeStoryPanel(compose, composed.characters)!.svg;
    const zipped = folderOfDraft(composed, [], new Map([...art, ['dermaga-malam.svg', new TextEncoder().encode(drawn)]]), context);
    if (!zipped.ok) throw new Error(JSON.stringify(zipped.problems));
    const files = unzipSync(zipped.value);
    const spec = JSON.parse(new TextDecoder().decode(files['tools/art/specs/sample.json']));
    expect(spec).toEqual({ panels: { 'dermaga-malam.svg': compose } });
    const checkout = mkdtempSync(join(tmpdir(), 'komik-art-'));
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(checkout, name)), { recursive: true });
      writeFileSync(join(checkout, name), bytes);
    }
    rmSync(join(checkout, 'public', 'panels', 'sample', 'dermaga-malam.svg'));
    buildStoryArt(checkout, 'sample');
    expect(readFileSync(join(checkout, 'public', 'panels', 'sample', 'dermaga-malam.svg'), 'utf8')).toBe(drawn);
    rmSync(checkout, { recursive: true, force: true });
  });

  it('refuses a draft the checker refuses, with the problem placed in the draft', () => {
    const broken: Story = { ...story, start: 'nowhere' };
    const zipped = folderOfDraft(broken, [english], art, context);
    expect(zipped.ok).toBe(false);
    expect(!zipped.ok && zipped.problems.some((problem) => problem.file === 'stories/sample/story.json' && problem.severity === 'error')).toBe(true);
  });
});
