/** The story map's pure parts: the graph drawn from a story, its marks from the live check, and a layout no link crosses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/studio/check/live-check';
import { canConnect, connect } from '../../src/studio/map/connect';
import { storyGraph, shortLabel, type MapGraph } from '../../src/studio/map/map-graph';
import { layoutKey, layoutMap, type Point, type Rect } from '../../src/studio/map/map-layout';
import { setChoice } from '../../src/studio/edit/choices';
import { renameScene } from '../../src/studio/edit/scenes';
import type { Story } from '../../src/story/schema';
import { bundledStory, bundledStoryIds } from '../fixtures/bundled-story';
import { bigStory } from '../fixtures/big-story';
import { branching, choice, choices, ending, next, scene, story } from '../fixtures/build-story';

/** Whether the segment a→b passes through the inside of a box (touching its edge is not crossing). */
function crosses(a: Point, b: Point, box: Rect): boolean {
  const [left, top, right, bottom] = [box.x + 1, box.y + 1, box.x + box.width - 1, box.y + box.height - 1];
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // Liang–Barsky: clip the segment to the box; what is left inside, if anything, crosses it.
  for (const [p, q] of [
    [-dx, a.x - left],
    [dx, right - a.x],
    [-dy, a.y - top],
    [dy, bottom - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 < t1;
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every link segment that crosses a box, and every two boxes that overlap, as words (an empty list is a readable map). */
function unreadable(graph: MapGraph): string[] {
  const layout = layoutMap(graph);
  const found: string[] = [];
  const boxes = [...layout.boxes];
  boxes.forEach(([id, rect], i) => {
    for (const [other, rect2] of boxes.slice(i + 1)) if (overlap(rect, rect2)) found.push(`${id} overlaps ${other}`);
  });
  for (const link of graph.links) {
    const { points, label } = layout.links.get(link.id)!;
    expect(points[0]!.y).toBe(layout.boxes.get(link.from)!.y + layout.boxes.get(link.from)!.height);
    expect(points.at(-1)!.y).toBe(layout.boxes.get(link.to)!.y);
    for (let s = 1; s < points.length; s++) {
      for (const [id, rect] of boxes) if (crosses(points[s - 1]!, points[s]!, rect)) found.push(`${link.id} segment ${s} crosses ${id}`);
    }
    if (label) {
      const rect = { x: label.x - label.width / 2, y: label.y - label.height / 2, width: label.width, height: label.height };
      for (const [id, box] of boxes) if (overlap(rect, box)) found.push(`${link.id} label covers ${id}`);
    }
  }
  return found;
}

describe('the graph of a story', () => {
  it('has a box per scene and per ending, and a link for each way out of a scene, labelled and marked as the story says', () => {
    const graph = storyGraph(branching());
    expect(graph.boxes.map((box) => box.id)).toEqual(expect.arrayContaining(['scene:intro', 'scene:crossroads', 'ending:good', 'ending:bad']));
    const crossroads = graph.boxes.find((box) => box.id === 'scene:crossroads');
    expect(crossroads).toMatchObject({
      kind: 'scene',
      pages: 1,
      exits: [{ choiceId: 'safe' }, { choiceId: 'risky' }, { choiceId: 'locked' }, { choiceId: 'hidden' }],
    });
    const fromCrossroads = graph.links.filter((link) => link.from === 'scene:crossroads');
    expect(fromCrossroads.map((link) => [link.to, link.label, link.conditional])).toEqual([
      ['scene:office', 'Choose safe', false],
      ['scene:broker', 'Choose risky', false],
      ['scene:office', 'Choose locked', true],
      ['scene:office', 'Choose hidden', true],
    ]);
    expect(graph.links.find((link) => link.from === 'scene:intro')).toMatchObject({ kind: 'next', to: 'scene:crossroads' });
    expect(graph.links.filter((link) => link.kind === 'ending').map((link) => link.to)).toEqual(expect.arrayContaining(['ending:good', 'ending:bad']));
  });

  it('shortens a choice at a word, and keeps a short one whole', () => {
    expect(shortLabel('Tanya dulu ke kantor Disnaker di kota')).toBe('Tanya dulu ke kantor…');
    expect(shortLabel('  Pergi   sekarang ')).toBe('Pergi sekarang');
    expect(shortLabel('Sangatpanjangsekalitanpaspasisamasekali')).toBe('Sangatpanjangsekalitanpaspa…');
  });

  const marksOf = (draft: Story) =>
    Object.fromEntries(storyGraph(draft, checkDraft(draft, [])).boxes.flatMap((box) => (box.kind === 'scene' ? [[box.sceneId, box.marks]] : [])));

  it('marks the start, and what playing every path finds: a dead end, and a scene the conditions never open', () => {
    const draft = story(
      [
        scene('a', choices(choice('go', 'b'), choice('never', 'c', { condition: { kind: 'flag', flag: 'asked' } }), choice('end', 'd'))),
        scene('b', choices(choice('stuck', 'a', { condition: { kind: 'flag', flag: 'asked' } }))),
        scene('c', ending('good')),
        scene('d', ending('bad')),
      ],
      { flags: [{ id: 'asked' }] },
    );
    expect(marksOf(draft)).toEqual({ a: ['start'], b: ['dead-end'], c: ['unreachable'], d: [] });
  });

  it('marks a scene no path reaches, one from which no ending can be reached, and a link to a deleted scene (not drawn)', () => {
    const draft = story([
      scene('a', choices(choice('go', 'loop'), choice('end', 'b'))),
      scene('b', ending('good')),
      scene('loop', next('loop')),
      scene('lost', next('gone')),
    ]);
    expect(marksOf(draft)).toEqual({ a: ['start'], b: [], loop: ['no-ending'], lost: ['unreachable', 'broken'] });
    expect(storyGraph(draft).links.some((link) => link.from === 'scene:lost')).toBe(false);
  });
});

describe('the layout', () => {
  it('draws 60 scenes with merges, a back link and a loop without a link through a box or two boxes overlapping', () => {
    const graph = storyGraph(bigStory(60, 7));
    expect(graph.boxes).toHaveLength(62);
    expect(graph.links.length).toBeGreaterThan(100);
    expect(unreadable(graph)).toEqual([]);
  });

  it('holds for any 60-scene story of that shape', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => unreadable(storyGraph(bigStory(60, seed))).length === 0),
      { numRuns: 4 },
    );
    // Each layout of 60 scenes takes about 0.3 s here, more when the cores are shared: room for that (60 runs passed).
  }, 30_000);

  it.each(bundledStoryIds())('draws the bundled story %s without a link through a box', (id) => {
    expect(unreadable(storyGraph(bundledStory(id)))).toEqual([]);
  });

  it("orders a scene's dots by where their links head, so that links leaving a box do not cross under it", () => {
    for (const graph of [storyGraph(bundledStory('jalan-sari')), storyGraph(bigStory(60, 7))]) {
      const layout = layoutMap(graph);
      for (const box of graph.boxes) {
        const leaving = graph.links
          .filter((link) => link.from === box.id && layout.boxes.get(link.to)!.y > layout.boxes.get(link.from)!.y)
          .map((link) => layout.links.get(link.id)!.points)
          .sort((a, b) => a[0]!.x - b[0]!.x);
        const heading = leaving.map((points) => points[1]!.x);
        expect(heading, box.id).toEqual([...heading].sort((a, b) => a - b));
      }
    }
  });

  it('puts the start scene in the top layer', () => {
    const layout = layoutMap(storyGraph(bundledStory('jalan-sari')));
    const tops = [...layout.boxes.values()].map((rect) => rect.y);
    expect(layout.boxes.get(`scene:${bundledStory('jalan-sari').start}`)!.y).toBe(Math.min(...tops));
  });
});

describe('connecting on the map', () => {
  const sceneEnd = (draft: Story, sceneId: string) => draft.scenes.find((item) => item.id === sceneId)!.then;

  it('leads a choice to another scene, and a scene on to a scene or into an ending', () => {
    const draft = branching();
    expect(sceneEnd(connect(draft, 'crossroads', 'choice:risky', 'scene:intro'), 'crossroads')).toMatchObject({
      choices: [{}, { id: 'risky', target: 'intro' }, {}, {}],
    });
    expect(sceneEnd(connect(draft, 'intro', 'next', 'scene:office'), 'intro')).toEqual({ kind: 'next', scene: 'office' });
    expect(sceneEnd(connect(draft, 'intro', 'next', 'ending:bad'), 'intro')).toEqual({ kind: 'ending', ending: 'bad' });
    const office = draft.scenes.find((item) => item.id === 'office')!.then;
    expect(office.kind).toBe('ending');
    expect(sceneEnd(connect(draft, 'office', 'next', 'scene:intro'), 'office')).toEqual({ kind: 'next', scene: 'intro' });
  });

  it('does not lead a choice into an ending (a choice leads to a scene)', () => {
    const draft = branching();
    expect(canConnect('choice:risky', 'ending:good')).toBe(false);
    expect(connect(draft, 'crossroads', 'choice:risky', 'ending:good')).toBe(draft);
  });
});

describe('laying out again', () => {
  it('is needed when a link or a label changes, not when a scene is renamed', () => {
    const draft = branching();
    const key = layoutKey(storyGraph(draft));
    expect(layoutKey(storyGraph(renameScene(draft, 'office', 'Kantor Disnaker')))).toBe(key);
    expect(layoutKey(storyGraph(connect(draft, 'crossroads', 'choice:risky', 'scene:intro')))).not.toBe(key);
    expect(layoutKey(storyGraph(setChoice(draft, 'crossroads', 'risky', { text: 'Ikut saja tanpa bertanya apa-apa' })))).not.toBe(key);
  });
});
