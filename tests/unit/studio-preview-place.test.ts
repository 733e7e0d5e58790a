/** Where the Studio's preview reads: from the place selected in the editor, and at the same place as the author edits. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choicesOf, choose, next, undoChoice, type ReadingState } from '../../src/engine';
import { addChoice } from '../../src/studio/edit/choices';
import { newStory } from '../../src/studio/edit/new-story';
import { addPage, setPanel } from '../../src/studio/edit/pages';
import { addScene, deleteScene } from '../../src/studio/edit/scenes';
import { NO_START, readingAt, samePlace, startedWith, startIn } from '../../src/studio/preview/preview-place';
import { loadStory } from '../../src/story/load';

const base = newStory(
  { title: 'Di Pelabuhan', language: 'id', characters: ['Rina'] },
  { summary: 'Ringkasan.', sceneTitle: 'Awal', description: 'Rina di dermaga pagi hari.', endingTitle: 'Tamat', endingText: 'Rina pulang.' },
);
/** "Awal" (one panel) asks one question leading to "Di warung", which has a page of two panels. */
const story = addChoice(addPage(addScene(base, 'Di warung', 'Warung kopi.'), 'di-warung', 2, 'Dua orang minum kopi.'), 'awal');
const [, second] = story.scenes[1]!.pages[1]!.panels;

describe('the preview starts where the author is', () => {
  it('at the selected panel of any scene, not only the start', () => {
    expect(readingAt(story, { sceneId: 'di-warung', panelId: second!.id })).toMatchObject({
      path: [{ scene: 'di-warung' }],
      at: { kind: 'panel', panel: second!.id },
    });
  });

  it("at the scene's choices when a choice is selected, and at its first panel otherwise", () => {
    expect(readingAt(story, { sceneId: 'awal', choiceId: 'awal-pilihan' }).at).toEqual({ kind: 'choices' });
    expect(readingAt(story, { sceneId: 'awal' }).at).toEqual({ kind: 'panel', panel: 'awal-1-1' });
  });
});

describe('the preview keeps its place through edits', () => {
  it("stays at the same panel when the panel's words change", () => {
    const reading = next(story, readingAt(story, { sceneId: 'di-warung' }));
    const edited = setPanel(story, reading.at.kind === 'panel' ? reading.at.panel : '', { description: 'Tiga orang minum kopi.' });
    expect(samePlace(edited, reading)).toEqual(reading);
  });

  it('gives the place up when its scene is deleted', () => {
    const reading = readingAt(story, { sceneId: 'di-warung' });
    expect(samePlace(deleteScene(story, 'di-warung'), reading)).toBeNull();
  });
});

describe('the preview starts with the flags and lessons the author chose', () => {
  // The sample story's last choice point: going the official way needs the flag "has-contract"; refusing Darto needs
  // "took-money" (and clears it); going with Darto is open until the lesson "check-agency" is learned.
  const loaded = loadStory(readFileSync(new URL('../../stories/sample/story.json', import.meta.url), 'utf8'), 'stories/sample/story.json');
  if (!loaded.ok) throw new Error('the sample story does not load');
  const sample = loaded.value;
  const atDecide = readingAt(sample, { sceneId: 'decide', choiceId: 'go-official' });
  const enabled = (state: ReadingState) => choicesOf(sample, state).flatMap((option) => (option.enabled ? [option.id] : []));

  it('opens the choices whose conditions they meet, and closes those they rule out', () => {
    expect(enabled(startedWith(sample, atDecide, NO_START))).toEqual(['go-with-darto']);
    const given = startedWith(sample, atDecide, { flags: ['has-contract', 'took-money'], lessons: ['check-agency'] });
    expect(enabled(given)).toEqual(['go-official', 'refuse-darto']);
    expect(given.lessons).toContain('check-agency');
  });

  it('holds after the engine steps back (which replays the path alone), and lets the path clear a given flag', () => {
    const start = { flags: ['took-money'], lessons: [] };
    const chosen = choose(sample, startedWith(sample, atDecide, start), 'refuse-darto');
    if (!chosen.ok) throw new Error(chosen.reason);
    // Refusing Darto clears "took-money": the path's own effects come after what was given.
    expect(startedWith(sample, chosen.state, start).flags).not.toContain('took-money');
    const backAgain = startedWith(sample, undoChoice(sample, chosen.state), start);
    expect(backAgain.flags).toEqual(['took-money']);
    expect(enabled(backAgain)).toContain('refuse-darto');
  });

  it('drops a chosen flag once the story no longer has it, and keeps the same start otherwise', () => {
    const start = { flags: ['has-contract', 'gone'], lessons: ['check-agency'] };
    expect(startIn(sample, start)).toEqual({ flags: ['has-contract'], lessons: ['check-agency'] });
    const kept = { flags: ['has-contract'], lessons: [] };
    expect(startIn(sample, kept)).toBe(kept);
  });
});
