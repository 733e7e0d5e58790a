/**
 * Adding a language, as a translator does it: story:translate writes the template, the translator fills in some
 * entries, story:check accepts the draft with warnings, and the reader shows each translated entry in the new
 * language and every other one in the source language.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { readStoryBundle } from '../../src/content/story-bundle';
import { namespaceText, registerStory, storyNamespace } from '../../src/content/text';
import { beatOf, start } from '../../src/engine/engine';
import type { Problem } from '../../src/story/problem';
import { storyKeys } from '../../src/story/strings';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (script: string, ...args: string[]) => spawnSync(tsx, [join(root, 'tools', script), ...args], { cwd: root, encoding: 'utf8' });

describe('adding a language: translate, check, read', { timeout: 60_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'komik-saku-translate-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  // The folder keeps the story's ID, so its art in public/panels/sample is found.
  const folder = join(scratch, 'sample');
  cpSync(join(root, 'stories', 'sample'), folder, { recursive: true });
  const file = join(folder, 'i18n', 'ms.json');
  type Entry = { sourceText?: string; text: string; source: string };
  const read = () => JSON.parse(readFileSync(file, 'utf8')) as { status: string; strings: Record<string, Entry> };

  it('writes a template with the source text beside each empty entry', () => {
    const result = run('translation-sync.ts', folder, 'ms');
    expect(result.status, result.stderr).toBe(0);
    const template = read();
    expect(template.status).toBe('draft');
    expect(template.strings.title).toEqual({ sourceText: 'Contoh: Tawaran di Warung', text: '', source: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(Object.values(template.strings).every((entry) => entry.text === '' && entry.sourceText)).toBe(true);
  });

  it('passes the checker with a warning for each entry not translated yet, and none for a translated one', () => {
    const draft = read();
    draft.strings.title!.text = 'Contoh: Tawaran di Kedai';
    writeFileSync(file, JSON.stringify(draft, null, 2));
    const result = run('story-check.ts', folder, '--json');
    const report = JSON.parse(result.stdout) as { errors: number; problems: Problem[] };
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.status).toBe(0);
    const untranslated = report.problems.filter((problem) => problem.code === 'untranslated').map((problem) => problem.path);
    expect(untranslated).toContain('$.strings.summary.text');
    expect(untranslated).not.toContain('$.strings.title.text');
    expect(untranslated).toHaveLength(Object.keys(draft.strings).length - 1);
  });

  it('reads the translated entries in the new language and the rest in the source language', async () => {
    const text = (path: string) => ({ file: path, text: readFileSync(join(folder, path), 'utf8') });
    const load = readStoryBundle(text('story.json'), [text('i18n/ms.json')], { folder: 'sample' });
    expect(load.ok && load.value.translations.map((translation) => translation.language)).toEqual(['ms']);
    if (!load.ok) return;
    const { story, translations } = load.value;
    await i18next.init({ lng: 'ms', fallbackLng: story.language, resources: {} });
    registerStory(story, translations);
    const say = (key: string) => namespaceText(i18next, storyNamespace(story.id), key);
    expect(say(storyKeys.title())).toBe('Contoh: Tawaran di Kedai');
    expect(say(storyKeys.summary())).toBe(story.summary);
    // The first panel the engine shows: its balloon is not translated yet, so it reads in Bahasa Indonesia.
    const beat = beatOf(story, start(story));
    if (beat.kind !== 'panel') throw new Error('the story starts on a panel');
    const panel = story.scenes
      .flatMap((scene) => scene.pages)
      .flatMap((page) => page.panels)
      .find((item) => item.id === beat.panelId)!;
    expect(say(storyKeys.balloon(panel.id, panel.balloons[0]!.id))).toBe(panel.balloons[0]!.text);
  });
});
