/** The Studio's live check plays every path as story:check does: dead ends and scenes no reader gets into, placed in the story. */
import { describe, expect, it } from 'vitest';
import { checkDraft, checkDraftForPlay, storyFileOf } from '../../src/studio/check/live-check';
import { placeOf } from '../../src/studio/check/place';
import { addChoice } from '../../src/studio/edit/choices';
import { newStory } from '../../src/studio/edit/new-story';
import { addScene, setSceneEnd } from '../../src/studio/edit/scenes';
import { loadStory } from '../../src/story/load';
import type { Story } from '../../src/story/schema';

const base = newStory(
  { title: 'Di Pelabuhan', language: 'id', characters: ['Rina'] },
  { summary: 'Ringkasan.', sceneTitle: 'Awal', description: 'Rina di dermaga pagi hari.', endingTitle: 'Tamat', endingText: 'Rina pulang.' },
);

/** The story as the reader loads it (conditions read from their JSON form). */
function loaded(story: unknown): Story {
  const parsed = loadStory(JSON.stringify(story), 'story.json');
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.value;
}

/** "Awal" asks one question whose only choice needs a contract no scene ever gives: a reader there is stuck. */
function lockedChoice(): Story {
  const story = addChoice(addScene(base, 'Di warung', 'Warung kopi di dekat pelabuhan.'), 'awal');
  const scene = story.scenes[0]!;
  if (scene.then.kind !== 'choices') throw new Error('Awal should ask');
  const [choice] = scene.then.choices;
  const locked = { ...choice!, text: 'Berangkat', condition: { flag: 'punya-kontrak' }, unavailable: 'Belum ada kontrak.' };
  return loaded({ ...story, flags: [{ id: 'punya-kontrak' }], scenes: [{ ...scene, then: { ...scene.then, choices: [locked] } }, ...story.scenes.slice(1)] });
}

describe('the path rules in the live check', () => {
  it('finds a choice point where every choice stays locked, and places it at the scene', () => {
    const story = lockedChoice();
    const problems = checkDraft(story, []);
    const dead = problems.find((problem) => problem.code === 'dead-end');
    expect(dead?.severity).toBe('error');
    expect(placeOf(story, storyFileOf(story), dead!).selection).toEqual({ sceneId: 'awal' });
    // The scene behind the locked choice is on the map but no reader gets in.
    expect(problems.find((problem) => problem.code === 'unreachable-scene')?.message).toContain('never let a reader into the scene "di-warung"');
  });

  it('says nothing more when the scene graph has already found a scene with no way to an ending', () => {
    // "Awal" leads to itself: the graph rule says so once; playing would only repeat it.
    const circle = setSceneEnd(base, 'awal', 'next');
    const codes = checkDraft(circle, []).map((problem) => problem.code);
    expect(codes.filter((code) => code === 'no-ending')).toHaveLength(1);
  });

  it('is not played when a target is missing, and the preview gets no story then', () => {
    const broken = { ...base, start: 'nowhere' };
    const check = checkDraftForPlay(broken, []);
    expect(check.playable).toBeNull();
    expect(check.problems.map((problem) => problem.code)).toContain('broken-target');
  });
});
