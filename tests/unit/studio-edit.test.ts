/** The Studio's edits: each a pure step from one story to the next, and what an author builds with them passes the checker. */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/studio/check/live-check';
import { addBalloon, moveBalloon, removeBalloon, setBalloon } from '../../src/studio/edit/balloons';
import { addChoice, removeChoice, setChoice } from '../../src/studio/edit/choices';
import { slugId, uniqueId } from '../../src/studio/edit/ids';
import { newStory, type StarterTexts } from '../../src/studio/edit/new-story';
import { addPage, movePanel, setPanel, storyArt } from '../../src/studio/edit/pages';
import { addScene, deleteScene, renameScene, setSceneEnd } from '../../src/studio/edit/scenes';
import { scenePanels } from '../../src/story/reading-order';
import type { Story } from '../../src/story/schema';

const texts: StarterTexts = {
  summary: 'Sebuah cerita baru.',
  sceneTitle: 'Awal',
  description: 'Jelaskan apa yang terlihat di panel ini.',
  endingTitle: 'Tamat',
  endingText: 'Ceritakan bagaimana cerita ini berakhir.',
};
const started = () => newStory({ title: 'Di Pelabuhan!', language: 'id', characters: ['Rina', ' ', 'Pak Darto', 'Rina'] }, texts);
const errors = (story: Story) => checkDraft(story, []).filter((problem) => problem.severity === 'error');
const panelsOf = (story: Story, sceneIndex = 0) => story.scenes[sceneIndex]!.pages.flatMap((page) => page.panels);

describe('a new story', () => {
  it('is the smallest story the checker accepts, with the characters named', () => {
    const story = started();
    expect(checkDraft(story, [])).toEqual([]);
    expect(story.id).toBe('di-pelabuhan');
    expect(story.characters).toEqual([
      { id: 'rina', name: 'Rina' },
      { id: 'pak-darto', name: 'Pak Darto' },
      { id: 'rina-2', name: 'Rina' },
    ]);
    expect(panelsOf(story)).toHaveLength(1);
  });

  it('makes IDs from any title, and never a taken one', () => {
    expect(slugId('Pergi ke Kantor Disnaker — hari ke-2', 'x')).toBe('pergi-ke-kantor-disnaker-hari-ke-2');
    expect(slugId('!!!', 'cerita-baru')).toBe('cerita-baru');
    expect(uniqueId('awal', new Set(['awal', 'awal-2']))).toBe('awal-3');
  });
});

describe('scenes and choices', () => {
  it('adds a scene, leads a choice to it, and the story still checks clean once the choice has words', () => {
    let story = addScene(started(), 'Di warung', texts.description);
    expect(story.scenes.map((scene) => scene.id)).toEqual(['awal', 'di-warung']);
    story = addChoice(story, 'awal');
    const end = story.scenes[0]!.then;
    expect(end).toMatchObject({ kind: 'choices', choices: [{ target: 'di-warung', text: '' }] });
    expect(errors(story).map((problem) => problem.path)).toEqual(['$.scenes[0].then.choices[0].text']);
    const choiceId = end.kind === 'choices' ? end.choices[0]!.id : '';
    story = setChoice(story, 'awal', choiceId, { text: 'Tanya dulu' });
    expect(checkDraft(story, [])).toEqual([]);
  });

  it('the last choice removed, the scene ends in an ending again', () => {
    let story = addChoice(addScene(started(), 'Dua', texts.description), 'awal');
    const end = story.scenes[0]!.then;
    story = removeChoice(story, 'awal', end.kind === 'choices' ? end.choices[0]!.id : '');
    expect(story.scenes[0]!.then).toEqual({ kind: 'ending', ending: 'selesai' });
  });

  it('renames (an empty title is left out), deletes (never the last scene; the start moves on)', () => {
    let story = addScene(started(), 'Dua', texts.description);
    expect(renameScene(story, 'dua', 'Di pasar').scenes[1]!.title).toBe('Di pasar');
    expect('title' in renameScene(story, 'dua', '').scenes[1]!).toBe(false);
    story = deleteScene(story, 'awal');
    expect(story.scenes.map((scene) => scene.id)).toEqual(['dua']);
    expect(story.start).toBe('dua');
    expect(deleteScene(story, 'dua')).toBe(story);
  });

  it('a scene switched to go on to the next scene names another scene', () => {
    const story = setSceneEnd(addScene(started(), 'Dua', texts.description), 'awal', 'next');
    expect(story.scenes[0]!.then).toEqual({ kind: 'next', scene: 'dua' });
  });
});

describe('pages and panels', () => {
  it('adds a page from each template, every panel inside its page, IDs unique, the story clean', () => {
    let story = started();
    for (const template of [1, 2, 3, 4] as const) story = addPage(story, 'awal', template, texts.description);
    expect(panelsOf(story)).toHaveLength(1 + 1 + 2 + 3 + 4);
    const ids = panelsOf(story).map((panel) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checkDraft(story, [])).toEqual([]);
  });

  it('reorders panels in reading order while the places on the page stay', () => {
    const story = addPage(started(), 'awal', 4, texts.description);
    const page = story.scenes[0]!.pages[1]!;
    const [first, second] = page.panels;
    const moved = movePanel(story, first!.id, 1);
    const after = moved.scenes[0]!.pages[1]!.panels;
    expect(after.map((panel) => panel.id).slice(0, 2)).toEqual([second!.id, first!.id]);
    expect(after[0]!.frame).toEqual(first!.frame);
    expect(scenePanels(moved.scenes[0]!).map((place) => place.frame)).toEqual(scenePanels(story.scenes[0]!).map((place) => place.frame));
    expect(movePanel(story, first!.id, -1)).toEqual(story);
  });

  it("sets a panel's description and picks its art from the files the story uses", () => {
    const story = setPanel(started(), 'awal-1-1', { description: 'Rina berdiri di dermaga.', art: 'cover.svg' });
    expect(panelsOf(story)[0]).toMatchObject({ description: 'Rina berdiri di dermaga.', art: 'cover.svg' });
    expect(storyArt(story)).toEqual(['cover.svg', 'panel.svg']);
  });
});

describe('balloons', () => {
  it('adds a balloon said by the first character, edits, reorders and removes it', () => {
    let story = addBalloon(started(), 'awal-1-1');
    story = addBalloon(story, 'awal-1-1', 'caption');
    let balloons = panelsOf(story)[0]!.balloons;
    expect(balloons.map((balloon) => [balloon.id, balloon.kind, balloon.speaker])).toEqual([
      ['b1', 'speech', 'rina'],
      ['b2', 'caption', undefined],
    ]);
    story = setBalloon(story, 'awal-1-1', 'b1', { text: 'Aku mau kerja di kapal.', speaker: 'pak-darto' });
    story = setBalloon(story, 'awal-1-1', 'b2', { text: 'Pagi itu.' });
    expect(checkDraft(story, [])).toEqual([]);
    story = moveBalloon(story, 'awal-1-1', 'b2', -1);
    balloons = panelsOf(story)[0]!.balloons;
    expect(balloons.map((balloon) => balloon.id)).toEqual(['b2', 'b1']);
    expect(balloons[1]).toMatchObject({ speaker: 'pak-darto', text: 'Aku mau kerja di kapal.' });
    expect('speaker' in setBalloon(story, 'awal-1-1', 'b1', { speaker: '' }).scenes[0]!.pages[0]!.panels[0]!.balloons[1]!).toBe(false);
    expect(panelsOf(removeBalloon(story, 'awal-1-1', 'b2'))[0]!.balloons.map((balloon) => balloon.id)).toEqual(['b1']);
  });

  it('an edit leaves the rest of the story the same objects (cheap undo and drawing)', () => {
    const before = addScene(started(), 'Dua', texts.description);
    const after = setBalloon(addBalloon(before, 'awal-1-1'), 'awal-1-1', 'b1', { text: 'Halo' });
    expect(after.scenes[1]).toBe(before.scenes[1]);
    expect(after.endings).toBe(before.endings);
  });
});
