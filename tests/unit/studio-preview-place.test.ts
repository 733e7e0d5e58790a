/** Where the Studio's preview reads: from the place selected in the editor, and at the same place as the author edits. */
import { describe, expect, it } from 'vitest';
import { next } from '../../src/engine';
import { addChoice } from '../../src/studio/edit/choices';
import { newStory } from '../../src/studio/edit/new-story';
import { addPage, setPanel } from '../../src/studio/edit/pages';
import { addScene, deleteScene } from '../../src/studio/edit/scenes';
import { readingAt, samePlace } from '../../src/studio/preview/preview-place';

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
