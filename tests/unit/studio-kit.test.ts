/**
 * The art kit in the Studio: a composed panel is the very SVG `npm run art` builds from the same spec; a character
 * built as data (a look) is drawn as the kit's own cast is, and a bad look is refused in plain words; a new balloon's
 * tail aims at its speaker's mouth and stops short of the face.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { character } from '../../src/art/cast';
import { checkArtFile } from '../../src/story/art-file/index';
import { StorySchema, type Character, type Compose, type Look, type Story } from '../../src/story/schema';
import { aimTail, reaimTails, TAIL_GAP } from '../../src/studio/kit/aim';
import { addCharacter, moveTarget, removeTarget, setCharacter, setComposedPanel } from '../../src/studio/kit/compose-edit';
import { linesCross, tailLine } from '../../src/story/check/tails';
import { composeStoryPanel } from '../../src/studio/kit/kit-draw';
import { addLookedCharacter, checkLook, DEFAULT_LOOK } from '../../src/studio/kit/looks';
import { speakerTail } from '../../src/studio/kit/speaker-tail';
import { setPanel } from '../../src/studio/edit/pages';
import { build } from '../../tools/art/build';

const root = join(import.meta.dirname, '..', '..');
const SPECS = join(root, 'tools', 'art', 'specs', 'sample.json');
const specs = JSON.parse(readFileSync(SPECS, 'utf8')).panels as Record<string, Compose>;
const sample = JSON.parse(readFileSync(join(root, 'stories', 'sample', 'story.json'), 'utf8')) as Story;

const speakersOf = (compose: Compose) => composeStoryPanel(compose, sample.characters)?.speakers ?? [];

/** Sari's looks from the kit's cast, written as a story's data. */
function lookOf(id: string): Look {
  const { sex, height, build: figure, skin, hair, hijab, top, bottom, shoes, extras } = character(id);
  return { sex, height, build: figure, skin, hair, ...(hijab ? { hijab } : {}), top, bottom, shoes, extras: [...(extras ?? [])] };
}

describe('a composed panel', () => {
  it('is byte for byte the SVG the build writes from the same spec, and passes the art-file rule', () => {
    const out = mkdtempSync(join(tmpdir(), 'kit-'));
    build(SPECS, out);
    for (const [name, spec] of Object.entries(specs)) {
      const svg = composeStoryPanel(spec, sample.characters)!.svg;
      expect(svg, name).toBe(readFileSync(join(out, name), 'utf8'));
      expect(checkArtFile(name, new TextEncoder().encode(svg)), name).toEqual([]);
    }
  });

  it("draws a story's own character from its look as the kit draws the same character from code", () => {
    const spec = specs['cover.svg']!;
    const own: Character[] = [{ id: 'sari', name: 'Sari', look: lookOf('sari') }];
    expect(composeStoryPanel(spec, own)!.svg).toBe(composeStoryPanel(spec, [])!.svg);
    // Another look under the same id is another picture: the story's character comes first.
    const other: Character[] = [{ id: 'sari', name: 'Sari', look: { ...lookOf('sari'), top: { kind: 'tshirt', color: '#112233', sleeves: 'short' } } }];
    expect(composeStoryPanel(spec, other)!.svg).toContain('#112233');
  });

  it('is refused, not thrown, when the spec names something the kit does not have', () => {
    expect(composeStoryPanel({ ...specs['cover.svg']!, background: 'moon-base' }, [])).toBeNull();
    expect(
      composeStoryPanel({ width: 800, height: 450, background: 'harbour', characters: [{ id: 'nobody', pose: 'stand', expression: 'happy', x: 0.5 }] }, []),
    ).toBeNull();
  });

  it('is kept in the panel with its picture, and a story carrying it is valid', () => {
    const compose = addCharacter({ width: 800, height: 450, background: 'harbour', characters: [] }, 'sari');
    const panelId = sample.scenes[0]!.pages[0]!.panels[0]!.id;
    const story = setComposedPanel(sample, panelId, compose, `${panelId}.svg`, speakersOf);
    expect(v.safeParse(StorySchema, story).success).toBe(true);
    expect(story.scenes[0]!.pages[0]!.panels[0]).toMatchObject({ art: `${panelId}.svg`, compose });
    // Its words change, the spec stays; another picture (an upload) replaces it, and the spec goes with the old one.
    expect(setPanel(story, panelId, { description: 'Sari di dermaga, pagi hari.' }).scenes[0]!.pages[0]!.panels[0]!.compose).toEqual(compose);
    expect(setPanel(story, panelId, { art: 'foto.webp' }).scenes[0]!.pages[0]!.panels[0]!.compose).toBeUndefined();
    // A field the format does not know is refused (a pack from outside may carry anything).
    const odd = setComposedPanel(sample, panelId, { ...compose, onload: 'alert(1)' } as Compose, 'x.svg', speakersOf);
    expect(v.safeParse(StorySchema, odd).success).toBe(false);
  });

  it('moves a placed character by drag or arrow steps, and keeps it on the panel', () => {
    const two = addCharacter(addCharacter({ width: 800, height: 450, background: 'warung' }, 'sari'), 'bayu');
    // The second person stands on the right and turns to face the first.
    expect(two.characters).toMatchObject([
      { id: 'sari', x: 0.3 },
      { id: 'bayu', x: 0.7, flip: true },
    ]);
    const moved = moveTarget(two, { kind: 'character', index: 0 }, { x: 0.3, y: 0.95 }, 0.01, 0.5);
    expect(moved.characters![0]).toMatchObject({ x: 0.31, y: 1 });
  });
});

describe('a character built without code', () => {
  it('accepts the builder’s looks and the kit’s own cast written as data', () => {
    expect(checkLook(DEFAULT_LOOK).ok).toBe(true);
    expect(checkLook(lookOf('pak-darto')).ok).toBe(true);
  });

  it('refuses a colour that is not "#rrggbb" (it is written into the picture), an unknown part, a missing part', () => {
    expect(checkLook({ ...DEFAULT_LOOK, skin: '#fff"/><script>alert(1)</script>' })).toEqual({ ok: false, problem: 'a colour is written like "#2a9d8f"' });
    expect(checkLook({ ...DEFAULT_LOOK, hair: { style: 'mohawk', color: '#000000' } })).toMatchObject({
      ok: false,
      problem: expect.stringContaining('the hair style is one of'),
    });
    expect(checkLook({ ...DEFAULT_LOOK, height: 3 })).toMatchObject({ ok: false });
    expect(checkLook({ ...DEFAULT_LOOK, shoes: undefined }).ok).toBe(false);
  });

  it('is added to the story with an ID made from its name, and can then be placed in a panel', () => {
    const { story, id } = addLookedCharacter(sample, 'Bu Rina Baru', DEFAULT_LOOK);
    expect(id).toBe('bu-rina-baru');
    expect(story.characters.at(-1)).toEqual({ id, name: 'Bu Rina Baru', look: DEFAULT_LOOK });
    expect(v.safeParse(StorySchema, story).success).toBe(true);
    const drawn = composeStoryPanel(addCharacter({ width: 800, height: 450, background: 'village-road' }, id), story.characters);
    expect(drawn?.speakers.map((speaker) => speaker.id)).toEqual([id]);
  });
});

describe("a tail aimed at the speaker's mouth", () => {
  const speaker = { id: 'sari', mouth: { x: 0.3, y: 0.4 }, face: { x: 0.25, y: 0.3, w: 0.1, h: 0.15 } };

  it('points along the line to the mouth and stops a gap short of the face', () => {
    const tip = aimTail({ x: 0.5, y: 0.02, w: 0.4, h: 0.16 }, speaker);
    const start = { x: 0.7, y: 0.1 };
    // On the line from the balloon's middle to the mouth...
    const cross = (tip.x - start.x) * (speaker.mouth.y - start.y) - (tip.y - start.y) * (speaker.mouth.x - start.x);
    expect(Math.abs(cross)).toBeLessThan(0.001);
    // ...on the edge of the face box widened by the gap: outside the face itself.
    const { face } = speaker;
    const outside = tip.x < face.x || tip.x > face.x + face.w || tip.y < face.y || tip.y > face.y + face.h;
    expect(outside).toBe(true);
    expect(tip.x === face.x + face.w + TAIL_GAP || tip.y === face.y - TAIL_GAP).toBe(true);
  });

  it('points at the mouth itself when the balloon sits over the face', () => {
    expect(aimTail({ x: 0.26, y: 0.31, w: 0.05, h: 0.05 }, speaker)).toEqual(speaker.mouth);
  });

  it("on a composed panel, ends near the speaker's drawn mouth, outside their face; elsewhere it is left alone", async () => {
    const compose = addCharacter(addCharacter({ width: 800, height: 450, background: 'warung' }, 'sari'), 'pak-darto');
    const panel = { ...sample.scenes[0]!.pages[0]!.panels[0]!, compose };
    const balloon = { id: 'b9', kind: 'speech' as const, speaker: 'pak-darto', text: '', box: { x: 0.05, y: 0.05, w: 0.5, h: 0.2 } };
    const darto = composeStoryPanel(compose, [])!.speakers[1]!;
    const tip = (await speakerTail(panel, sample.characters, balloon))!;
    expect(Math.hypot(tip.x - darto.mouth.x, tip.y - darto.mouth.y)).toBeLessThan(0.15);
    const { face } = darto;
    expect(tip.x < face.x || tip.x > face.x + face.w || tip.y < face.y || tip.y > face.y + face.h).toBe(true);
    expect(await speakerTail({ ...panel, compose: undefined }, sample.characters, balloon)).toBeNull();
    expect(await speakerTail(panel, sample.characters, { ...balloon, speaker: 'bayu' })).toBeNull();
  });
});

describe('tails follow their speakers when the picture is composed again', () => {
  const two = addCharacter(addCharacter({ width: 800, height: 450, background: 'warung' }, 'sari'), 'pak-darto');
  const panelId = sample.scenes[0]!.pages[0]!.panels[0]!.id;
  const balloons = [
    { id: 'b1', kind: 'speech' as const, speaker: 'sari', text: 'Pak?', box: { x: 0.03, y: 0.03, w: 0.4, h: 0.2 } },
    { id: 'b2', kind: 'speech' as const, speaker: 'pak-darto', text: 'Ya.', box: { x: 0.57, y: 0.03, w: 0.4, h: 0.2 } },
    { id: 'c', kind: 'caption' as const, text: 'Pagi.', box: { x: 0.03, y: 0.8, w: 0.4, h: 0.15 } },
  ];
  const start = setComposedPanel(
    mapFirstPanel(sample, (panel) => ({ ...panel, balloons })),
    panelId,
    two,
    'a.svg',
    speakersOf,
  );
  const panelOf = (story: Story) => story.scenes[0]!.pages[0]!.panels[0]!;
  const tip = (story: Story, id: string) => panelOf(story).balloons.find((balloon) => balloon.id === id)!.tail;
  const outsideFace = (story: Story, id: string) => {
    const point = tip(story, id)!;
    const { face } = speakersOf(panelOf(story).compose!).find((speaker) => speaker.id === panelOf(story).balloons.find((b) => b.id === id)!.speaker)!;
    return point.x < face.x || point.x > face.x + face.w || point.y < face.y || point.y > face.y + face.h;
  };

  it('aims every speaker’s tail when a panel is first composed, short of the face, and the two tails do not cross', () => {
    expect(tip(start, 'b1')).toBeDefined();
    expect(tip(start, 'b2')).toBeDefined();
    expect(tip(start, 'c')).toBeUndefined();
    expect(outsideFace(start, 'b1') && outsideFace(start, 'b2')).toBe(true);
    const [one, other] = panelOf(start).balloons;
    expect(linesCross(tailLine(one!.box, one!.tail!), tailLine(other!.box, other!.tail!))).toBe(false);
  });

  it('re-aims only the tails of a character moved, resized or turned, and keeps a hand-placed tail of one who stayed', () => {
    const handPlaced = { x: 0.9, y: 0.9 };
    const tuned = mapFirstPanel(start, (panel) => ({ ...panel, balloons: panel.balloons.map((b) => (b.id === 'b2' ? { ...b, tail: handPlaced } : b)) }));
    for (const change of [{ x: 0.2, y: 0.9 }, { scale: 0.7 }, { flip: true }]) {
      const moved = setComposedPanel(tuned, panelId, setCharacter(two, 0, change), 'b.svg', speakersOf);
      expect(tip(moved, 'b1'), JSON.stringify(change)).not.toEqual(tip(tuned, 'b1'));
      expect(outsideFace(moved, 'b1'), JSON.stringify(change)).toBe(true);
      expect(tip(moved, 'b2')).toEqual(handPlaced);
    }
  });

  it('takes the tail off a balloon whose speaker was taken out of the picture', () => {
    const alone = setComposedPanel(start, panelId, removeTarget(two, { kind: 'character', index: 1 }), 'c.svg', speakersOf);
    expect(tip(alone, 'b2')).toBeUndefined();
    expect(tip(alone, 'b1')).toEqual(tip(start, 'b1'));
    expect(v.safeParse(StorySchema, alone).success).toBe(true);
  });

  it('leaves balloons without a speaker in the picture alone (pure: the same list when nothing moved)', () => {
    const speakers = speakersOf(two);
    const list = panelOf(start).balloons;
    expect(reaimTails(list, speakers, speakers)).toEqual(list);
  });
});

function mapFirstPanel(
  story: Story,
  change: (panel: Story['scenes'][number]['pages'][number]['panels'][number]) => Story['scenes'][number]['pages'][number]['panels'][number],
): Story {
  const [first, ...rest] = story.scenes;
  const [page, ...pages] = first!.pages;
  const [panel, ...panels] = page!.panels;
  return { ...story, scenes: [{ ...first!, pages: [{ ...page!, panels: [change(panel!), ...panels] }, ...pages] }, ...rest] };
}
