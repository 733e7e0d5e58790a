/**
 * The app's own stories are read without their schema when they open (loadBuiltStory: the build validated the same
 * bytes). These hold that read equal to the full one, and keep a story the build did not pass on the full read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryBundle } from '../../src/content/story-bundle';
import { summarizeStory } from '../../src/content/summarize';
import { loadBuiltStory, loadStory } from '../../src/story/load';
import { bundledStoryIds } from '../fixtures/bundled-story';

const storyText = (id: string) => readFileSync(join(import.meta.dirname, '..', '..', 'stories', id, 'story.json'), 'utf8');

describe('a bundled story read as the build checked it', () => {
  it.each(bundledStoryIds())('%s: the same story as the schema reads it', (id) => {
    const full = loadStory(storyText(id), 'story.json');
    const built = loadBuiltStory(storyText(id), 'story.json');
    expect(full.ok && built.ok).toBe(true);
    if (full.ok && built.ok) expect(built.value).toStrictEqual(full.value);
  });

  it('gives every level of a condition its kind, as the schema does', () => {
    const story = JSON.parse(storyText('sample')) as { scenes: { then: { kind: string; choices?: { condition?: unknown }[] } }[] };
    const choice = story.scenes.find((scene) => scene.then.kind === 'choices')!.then.choices![0]!;
    choice.condition = { all: [{ flag: 'a' }, { not: { visited: 'b' } }, { any: [{ learned: 'c' }, { kind: 'flag', flag: 'd' }] }] };
    const text = JSON.stringify(story);
    const full = loadStory(text, 'story.json');
    const built = loadBuiltStory(text, 'story.json');
    expect(full.ok).toBe(true);
    expect(built).toStrictEqual(full);
  });

  it('tells a file that is not JSON, never throws', () => {
    const built = loadBuiltStory(storyText('sample').slice(0, 500), 'story.json');
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.problems[0]).toMatchObject({ code: 'not-json', file: 'story.json' });
  });

  it('a story the build did not pass is not marked as passed, so the reader validates and checks it in full', () => {
    const broken = storyText('sample').replace('"schemaVersion": 1', '"schemaVersion": 99');
    expect(broken).not.toBe(storyText('sample'));
    const load = readStoryBundle({ file: 'stories/sample/story.json', text: broken }, [], { folder: 'sample' });
    expect(load.ok).toBe(false);
    expect(summarizeStory('sample', load).ok).toBe(false);
  });
});
