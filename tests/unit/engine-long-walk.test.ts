/**
 * Issue 21: the engine's states share their path instead of copying it at each scene change. What a reader meets
 * must not change: the same state after the same taps, earlier states untouched whatever comes after them, saves in
 * the same JSON, and progress saved before the change restored exactly.
 */
import { describe, expect, it } from 'vitest';
import { back, beatOf, choicesOf, choose, isFinished, next, restore, start, undoChoice, type ReadingState } from '../../src/engine';
import type { Choice, Scene, Story } from '../../src/story/schema';
import { bundledStory } from '../fixtures/bundled-story';
import { choice, choices, ending, next as nextScene, scene, story } from '../fixtures/build-story';

const id = (n: number) => `s${n}`;

/**
 * `count` one-panel scenes: "next" links, choices that set and clear flags and teach lessons, a choice that needs a
 * flag, one that needs an earlier scene visited (skipped ones are not), and loops back to scenes already read.
 */
function longStory(count: number): Story {
  const scenes: Scene[] = [];
  for (let n = 0; n < count; n++) {
    if (n === count - 1) scenes.push(scene(id(n), ending(n % 2 ? 'good' : 'bad')));
    else if (n % 3 === 0) scenes.push(scene(id(n), nextScene(id(n + 1)), n % 6 === 0 ? { effects: [{ set: `f${n % 4}` }] } : {}));
    else {
      const list: Choice[] = [
        choice(`${id(n)}-on`, id(n + 1), { effects: [n % 2 ? { clear: `f${n % 4}` } : { set: `f${(n + 1) % 4}` }], teaches: [`l${n % 5}`] }),
        choice(`${id(n)}-skip`, id(Math.min(count - 1, n + 2)), { condition: { kind: 'flag', flag: `f${n % 4}` }, unavailable: 'Not yet.' }),
        choice(`${id(n)}-seen`, id(n + 1), { condition: { kind: 'visited', visited: id(Math.max(0, n - 4)) } }),
        choice(`${id(n)}-loop`, id(Math.max(0, n - 2))),
      ];
      scenes.push(scene(id(n), choices(...list)));
    }
  }
  return story(scenes, { flags: [0, 1, 2, 3].map((f) => ({ id: `f${f}` })) });
}

/** A reader who mostly goes on, sometimes goes back, loops or tries another choice, the same way every run. */
function* walk(s: Story, seed: number): Generator<ReadingState> {
  let random = seed;
  const roll = (n: number) => (random = (random * 48271) % 2147483647) % n;
  let state = start(s);
  for (let steps = 0; steps < 20_000 && !isFinished(state); steps++) {
    const beat = beatOf(s, state);
    if (beat.kind === 'choices') {
      const enabled = choicesOf(s, state).filter((option) => option.enabled && (!option.id.endsWith('-loop') || roll(12) === 0));
      const taken = choose(s, state, enabled[roll(enabled.length)]!.id);
      if (!taken.ok) throw new Error(taken.reason);
      state = roll(15) === 0 ? undoChoice(s, taken.state) : taken.state;
    } else state = roll(9) === 0 ? back(s, state) : next(s, state);
    yield state;
  }
}

describe('a long walk', () => {
  const s = longStory(3000);

  it('reaches the end of a 3,000-scene story, every state the same as its path replayed from a save', () => {
    let last = start(s);
    let count = 0;
    for (const state of walk(s, 7)) {
      last = state;
      if (++count % 200 !== 0) continue;
      const saved = JSON.parse(JSON.stringify(state)) as unknown;
      const restored = restore(s, saved);
      expect(restored.status).toBe('exact');
      expect(JSON.stringify(restored.state)).toBe(JSON.stringify(state));
      expect(choicesOf(s, restored.state)).toEqual(choicesOf(s, state));
    }
    expect(isFinished(last)).toBe(true);
    expect(last.path.length).toBeGreaterThan(2000);
    expect(last.visited).toEqual([...new Set(last.path.map((step) => step.scene))]);
    expect(JSON.stringify(restore(s, JSON.parse(JSON.stringify(last)) as unknown).state)).toBe(JSON.stringify(last));
  });

  it('never changes a state already handed out, whatever is read, undone or chosen after it', () => {
    // Kept untouched while the walk goes on, then compared with the same walk's states written out as they came.
    const small = longStory(400);
    const kept = [...walk(small, 11)].filter((_, n) => n % 5 === 0);
    const written = Array.from(walk(small, 11), (state) => JSON.stringify(state)).filter((_, n) => n % 5 === 0);
    expect(kept.length).toBeGreaterThan(60);
    expect(kept.map((state) => JSON.stringify(state))).toEqual(written);
  });

  it('forgets facts set from outside (where the Studio preview starts) when back replays the path, as before', () => {
    const small = longStory(12);
    const given: ReadingState = { ...start(small), flags: ['f0', 'f3'] };
    const entered = next(small, given);
    expect(entered.flags).toEqual(['f0', 'f3']);
    const again = next(small, back(small, entered));
    expect(again.path).toEqual(entered.path);
    expect(again.flags).toEqual(['f0']);
    expect(entered.flags).toEqual(['f0', 'f3']);
  });

  it('takes another choice after going back without changing the branch left behind', () => {
    const small = longStory(12);
    let atChoices = next(small, next(small, start(small)));
    expect(beatOf(small, atChoices).kind).toBe('choices');
    const first = (choose(small, atChoices, 's1-on') as { state: ReadingState }).state;
    const further = next(small, (choose(small, next(small, first), 's2-on') as { state: ReadingState }).state);
    const before = JSON.stringify(further);
    atChoices = back(small, first);
    const other = (choose(small, atChoices, 's1-loop') as { state: ReadingState }).state;
    expect(other.path).toEqual([{ scene: 's0' }, { scene: 's1' }, { scene: 's0', choice: 's1-loop' }]);
    expect(other.flags).toEqual(['f0']);
    expect(JSON.stringify(further)).toBe(before);
    expect(further.path.map((step) => step.scene)).toEqual(['s0', 's1', 's2', 's3', 's4']);
  });
});

describe('progress saved before the path was shared', () => {
  // Written by the engine before issue 21's change: lowongan-bayu, these taps, the save as the store kept it.
  const taps =
    'next next next next next next back next next next next ask-dimas next back next next next next next go-anyway back go-anyway next next next just-go next back next next next next next next back next next next stay-quiet next next back next next stay-quiet-again next';
  const saved =
    '{"version":1,"storyId":"lowongan-bayu","path":[{"scene":"iklan"},{"scene":"rumah"},{"scene":"dimas","choice":"ask-dimas"},{"scene":"pamit","choice":"go-anyway"},{"scene":"tiba","choice":"just-go"},{"scene":"kerja"},{"scene":"diam","choice":"stay-quiet"},{"scene":"terjebak","choice":"stay-quiet-again"}],"at":{"kind":"ending"},"flags":["asked-dimas"],"visited":["iklan","rumah","dimas","pamit","tiba","kerja","diam","terjebak"],"lessons":["right-visa","placement-costs","trafficking-signs","get-help"]}';
  const s = bundledStory('lowongan-bayu');

  it('restores exactly, and going back from it undoes the ending as before', () => {
    const restored = restore(s, JSON.parse(saved) as unknown);
    expect(restored.status).toBe('exact');
    expect(JSON.stringify(restored.state)).toBe(saved);
    const backed = back(s, restored.state);
    expect(backed.at).toMatchObject({ kind: 'panel' });
    expect(backed.lessons).not.toContain('get-help');
    expect(backed.path).toEqual(restored.state.path);
  });

  it('is what the same taps save today, byte for byte', () => {
    let state = start(s);
    for (const tap of taps.split(' ')) {
      if (tap === 'next') state = next(s, state);
      else if (tap === 'back') state = back(s, state);
      else state = (choose(s, state, tap) as { state: ReadingState }).state;
    }
    expect(JSON.stringify(state)).toBe(saved);
    expect(structuredClone(state)).toEqual(JSON.parse(saved));
    expect({ ...state }).toEqual(JSON.parse(saved));
  });
});
