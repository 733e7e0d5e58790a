/**
 * story:check on pictures composed from the art kit: a name the kit does not have, a character with no look, a bad look
 * are errors at their JSON path; tails that cross a balloon or each other are warnings. The kit's names the check is
 * given are the kit's own.
 */
import { describe, expect, it } from 'vitest';
import { CAST } from '../../src/art/cast';
import { BACKGROUND_IDS } from '../../src/art/kit/backgrounds/index';
import { SEATS } from '../../src/art/kit/characters/seat';
import { EXPRESSIONS, POSES } from '../../src/art/kit/characters/types';
import { PROPS } from '../../src/art/kit/props/index';
import { KIT_NAMES } from '../../src/art/kit-names';
import { checkStory, type CheckContext } from '../../src/story/check/index';
import { loadStory } from '../../src/story/load';
import type { Problem } from '../../src/story/problem';
import type { Compose, Story } from '../../src/story/schema';
import { checkDraftForPlay } from '../../src/studio/check/live-check';
import { aimTail } from '../../src/studio/kit/aim';
import { DEFAULT_LOOK } from '../../src/studio/kit/looks';
import { checkContext } from '../../tools/story-files';
import { ending, panel, scene, story } from '../fixtures/build-story';

const context: CheckContext = { catalog: null, catalogFile: '', artExists: () => true, helplines: [], kit: KIT_NAMES };
const FILE = 'stories/test/story.json';
const problemsOf = (s: Story) => checkStory({ file: FILE, story: s, translations: [] }, context).filter((p) => p.code !== 'unused-ending');
const found = (s: Story) => problemsOf(s).map((p: Problem) => `${p.severity} ${p.code} ${p.path}`);
const AT = '$.scenes[0].pages[0].panels[0]';

function composed(compose: Compose, extra: Partial<Story> = {}): Story {
  const s = story([scene('one', ending('good'))], extra);
  s.scenes[0]!.pages[0]!.panels[0] = panel('one-p1', { compose });
  return s;
}
const base: Compose = { width: 600, height: 400, background: 'harbour', characters: [{ id: 'arif', pose: 'hug', expression: 'happy', x: 0.3 }] };

describe('the kit names story:check is given', () => {
  it('are the kit’s own', () => {
    expect(KIT_NAMES.backgrounds).toEqual(BACKGROUND_IDS);
    expect(KIT_NAMES.poses).toEqual(POSES);
    expect(KIT_NAMES.expressions).toEqual(EXPRESSIONS);
    expect(KIT_NAMES.props).toEqual(PROPS.map((p) => p.id));
    expect(KIT_NAMES.holdable).toEqual(PROPS.filter((p) => p.holdable).map((p) => p.id));
    expect(KIT_NAMES.seats).toEqual(SEATS);
    expect(KIT_NAMES.cast).toEqual(CAST.map((c) => c.id));
  });
});

describe('a composed picture in story:check', () => {
  it('passes when every name is the kit’s or a character with a look', () => {
    const own: Compose = { ...base, characters: [...base.characters!, { id: 'sari', pose: 'wave', expression: 'neutral', x: 0.7 }] };
    expect(found(composed(own, { characters: [{ id: 'sari', name: 'Sari', look: DEFAULT_LOOK }] }))).toEqual([]);
  });

  it('names each unknown part at its path, with the file and what the kit has', () => {
    const bad: Compose = {
      width: 600,
      height: 400,
      background: 'moon-base',
      camera: 'close',
      characters: [{ id: 'nobody', pose: 'fly', expression: 'smug', x: 0.3, seat: 'throne', hold: 'motorcycle' }],
      props: [{ id: 'rocket', x: 0.5, y: 0.9 }],
    };
    const problems = problemsOf(composed(bad));
    expect(problems.map((p) => `${p.code} ${p.path} ${p.params?.context}`)).toEqual([
      `unknown-kit-part ${AT}.compose.background background`,
      `unknown-kit-part ${AT}.compose.characters[0].id character`,
      `unknown-kit-part ${AT}.compose.characters[0].pose pose`,
      `unknown-kit-part ${AT}.compose.characters[0].expression expression`,
      `unknown-kit-part ${AT}.compose.characters[0].seat seat`,
      `unknown-kit-part ${AT}.compose.characters[0].hold hold`,
      `unknown-kit-part ${AT}.compose.props[0].id prop`,
    ]);
    expect(problems.every((p) => p.severity === 'error' && p.file === FILE)).toBe(true);
    expect(problems[2]!.message).toContain('"fly"');
    expect(problems[2]!.message).toContain('hug');
  });

  it('says when a story’s character in the picture has no look, and when a close-up has nobody', () => {
    // Sari is the kit's own too; Wati is only the story's.
    const noLook: Compose = {
      ...base,
      characters: [
        { id: 'sari', pose: 'stand', expression: 'happy', x: 0.5 },
        { id: 'wati', pose: 'stand', expression: 'happy', x: 0.7 },
      ],
    };
    expect(
      found(
        composed(noLook, {
          characters: [
            { id: 'sari', name: 'Sari' },
            { id: 'wati', name: 'Wati' },
          ],
        }),
      ),
    ).toEqual([`error character-without-look ${AT}.compose.characters[1].id`]);
    expect(found(composed({ ...base, camera: 'close', characters: [] }))).toEqual([`error close-without-character ${AT}.compose.camera`]);
  });

  it('refuses a bad look when the story is read, naming the path', () => {
    const s = story([scene('one', ending('good'))], { characters: [{ id: 'sari', name: 'Sari', look: { ...DEFAULT_LOOK, skin: 'url(#x)' } }] });
    const read = loadStory(JSON.stringify(s), FILE);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => `${p.file} ${p.path}`)).toEqual([`${FILE} $.characters[0].look.skin`]);
  });
});

describe('tails in story:check', () => {
  const talk = (id: string, speaker: string, box: { x: number; y: number; w: number; h: number }, tail: { x: number; y: number }) =>
    ({ id, kind: 'speech', speaker, text: 'Halo.', box, tail }) as const;
  const withBalloons = (balloons: Story['scenes'][number]['pages'][number]['panels'][number]['balloons']) => {
    const s = story([scene('one', ending('good'))], {
      characters: [
        { id: 'sari', name: 'Sari' },
        { id: 'arif', name: 'Arif' },
      ],
    });
    s.scenes[0]!.pages[0]!.panels[0] = panel('one-p1', { balloons });
    return s;
  };

  it('warns when two tails cross (an X over the faces)', () => {
    const left = talk('a', 'sari', { x: 0.05, y: 0.05, w: 0.3, h: 0.15 }, { x: 0.8, y: 0.7 });
    const right = talk('b', 'arif', { x: 0.65, y: 0.05, w: 0.3, h: 0.15 }, { x: 0.2, y: 0.7 });
    expect(found(withBalloons([left, right]))).toEqual([`warning tails-cross ${AT}.balloons[1].tail`]);
    // Each tail to the speaker below it: nothing crosses.
    expect(
      found(
        withBalloons([
          { ...left, tail: { x: 0.2, y: 0.7 } },
          { ...right, tail: { x: 0.8, y: 0.7 } },
        ]),
      ),
    ).toEqual([]);
  });

  it('warns when a tail runs across another speaker’s balloon, not across the same speaker’s next one', () => {
    const top = talk('a', 'sari', { x: 0.05, y: 0.05, w: 0.9, h: 0.15 }, { x: 0.5, y: 0.8 });
    const below = talk('b', 'arif', { x: 0.05, y: 0.3, w: 0.9, h: 0.15 }, { x: 0.9, y: 0.9 });
    expect(found(withBalloons([top, below]))).toEqual([`warning tail-crosses-balloon ${AT}.balloons[0].tail`]);
    expect(found(withBalloons([top, { ...below, speaker: 'sari' }]))).toEqual([]);
  });

  it('warns when a tail runs into a face in the picture, and not when it stops a gap short (issue 14)', () => {
    // Sari stands left, Arif right; their face boxes as the art spec's composed picture gives them.
    const sariFace = { x: 0.2, y: 0.5, w: 0.15, h: 0.12 };
    const arifFace = { x: 0.65, y: 0.5, w: 0.15, h: 0.12 };
    const asked: string[] = [];
    const withFaces: CheckContext = {
      ...context,
      faces: (storyId, art) => {
        asked.push(`${storyId}/${art}`);
        return [sariFace, arifFace];
      },
    };
    const check = (balloons: Parameters<typeof withBalloons>[0]) =>
      checkStory({ file: FILE, story: withBalloons(balloons), translations: [] }, withFaces)
        .filter((p) => p.code.startsWith('tail'))
        .map((p) => `${p.code} ${p.path}`);
    const sari = talk('a', 'sari', { x: 0.05, y: 0.05, w: 0.4, h: 0.2 }, { x: 0.275, y: 0.58 });
    expect(check([sari])).toEqual([`tail-crosses-face ${AT}.balloons[0].tail`]);
    expect(asked[0]).toMatch(/\/one-p1/);
    const aimed = { ...sari, tail: aimTail(sari.box, { id: 'sari', mouth: { x: 0.275, y: 0.58 }, face: sariFace }) };
    expect(aimed.tail.y).toBeLessThan(sariFace.y);
    expect(check([aimed])).toEqual([]);
    // Sari's tail aimed low past Arif runs over his face on the way.
    const across = talk('b', 'sari', { x: 0.6, y: 0.05, w: 0.35, h: 0.2 }, { x: 0.6, y: 0.9 });
    expect(check([across])).toEqual([`tail-crosses-face ${AT}.balloons[0].tail`]);
  });
});

describe('the faces story:check knows from the art specs', () => {
  it('are the composed picture’s face boxes, none for a panel or story without a spec', () => {
    const faces = checkContext(null, '').faces!;
    const andre = faces('lowongan-bayu', 'iklan-3.svg');
    expect(andre).toHaveLength(1);
    // Andre's close-up fills the middle of the video call.
    expect(andre[0]!.x).toBeLessThan(0.5);
    expect(andre[0]!.x + andre[0]!.w).toBeGreaterThan(0.5);
    expect(faces('lowongan-bayu', 'iklan-2.svg')).toEqual([]);
    expect(faces('no-such-story', 'a.svg')).toEqual([]);
  });
});

describe('the faces the Studio’s live check knows', () => {
  it('are the composed panel’s own, once the kit is loaded: a tail drawn into a face is named, one aimed short of it not', async () => {
    const { composeStoryPanel } = await import('../../src/studio/kit/kit-draw');
    const characters = [{ id: 'sari', name: 'Sari', look: DEFAULT_LOOK }];
    const picture = composed({ ...base, characters: [{ id: 'sari', pose: 'wave', expression: 'neutral', x: 0.5 }] }, { characters });
    const speaker = composeStoryPanel(picture.scenes[0]!.pages[0]!.panels[0]!.compose!, characters)!.speakers[0]!;
    const withTail = (tail: { x: number; y: number }) => {
      const drawn = structuredClone(picture);
      drawn.scenes[0]!.pages[0]!.panels[0]!.balloons = [
        { id: 'a', kind: 'speech', speaker: 'sari', text: 'Halo.', box: { x: 0.05, y: 0.05, w: 0.4, h: 0.2 }, tail },
      ];
      return drawn;
    };
    const facesOf = (compose: Compose) => composeStoryPanel(compose, characters)?.speakers.map((placed) => placed.face) ?? [];
    const tailProblems = (s: Story, faces?: typeof facesOf) =>
      checkDraftForPlay(s, [], null, faces)
        .problems.filter((p) => p.code === 'tail-crosses-face')
        .map((p) => p.path);
    const intoTheFace = withTail(speaker.mouth);
    expect(tailProblems(intoTheFace, facesOf)).toEqual([`${AT}.balloons[0].tail`]);
    // Before the kit is loaded the check knows no faces, and says nothing rather than guess.
    expect(tailProblems(intoTheFace)).toEqual([]);
    expect(tailProblems(withTail(aimTail({ x: 0.05, y: 0.05, w: 0.4, h: 0.2 }, speaker)), facesOf)).toEqual([]);
  });
});
