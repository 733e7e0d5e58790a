import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gamebookOrder } from '../../src/paper/gamebook';
import { PRINT_RUNS, printsTwoSided, sidesOfRun } from '../../src/paper/duplex';
import { impose, paddedCount } from '../../src/paper/impose';
import { EXTRAS, LAYOUTS, readOptions, SIZES, toSelection, writeOptions } from '../../src/paper/options';
import { pathToEnding, printPlan, type PrintedPage } from '../../src/paper/plan';
import { conditionText } from '../../src/print/scene-end';
import { bundledStory } from '../fixtures/bundled-story';

const storyOf = bundledStory;
const sample = storyOf('sample');
const jalanSari = storyOf('jalan-sari');
const pages = (sides: ReturnType<typeof impose>) => sides.map((side) => side.slots.map((slot) => slot.page));

describe('impose', () => {
  it('folds a booklet of 8 into two nested sheets: [8,1] [2,7] then [6,3] [4,5]', () => {
    const sides = impose(8, 'booklet-a5');
    expect(pages(sides)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
    expect(sides.map((side) => `${side.sheet}${side.side}`)).toEqual(['1front', '1back', '2front', '2back']);
  });

  it('pads a booklet to a multiple of four with empty slots', () => {
    expect(paddedCount(5, 'booklet-a5')).toBe(8);
    expect(pages(impose(5, 'booklet-a5'))).toEqual([
      [null, 1],
      [2, null],
      [null, 3],
      [4, 5],
    ]);
    expect(pages(impose(12, 'booklet-a5'))).toEqual([
      [12, 1],
      [2, 11],
      [10, 3],
      [4, 9],
      [8, 5],
      [6, 7],
    ]);
  });

  describe('the A6 pocket booklet, 2 × 2 on A4, cut across the middle into two copies', () => {
    /** The halves of a side as the cut leaves them: top two slots, bottom two. */
    const halves = (side: ReturnType<typeof impose>[number]) => [side.slots.slice(0, 2), side.slots.slice(2)].map((row) => row.map((slot) => slot.page));

    it('puts the A5 booklet order on both halves: 8 pages on two sheets, 16 on four', () => {
      const eight = impose(8, 'booklet-a6');
      expect(eight.map((side) => `${side.sheet}${side.side}`)).toEqual(['1front', '1back', '2front', '2back']);
      expect(eight.map(halves)).toEqual([
        [
          [8, 1],
          [8, 1],
        ],
        [
          [2, 7],
          [2, 7],
        ],
        [
          [6, 3],
          [6, 3],
        ],
        [
          [4, 5],
          [4, 5],
        ],
      ]);
      expect(impose(16, 'booklet-a6').map((side) => halves(side)[0])).toEqual([
        [16, 1],
        [2, 15],
        [14, 3],
        [4, 13],
        [12, 5],
        [6, 11],
        [10, 7],
        [8, 9],
      ]);
    });

    it.each([5, 8, 12, 16, 40])('gives each copy every one of %i pages exactly once, and each leaf a page with the next on its back', (count) => {
      const sides = impose(count, 'booklet-a6');
      expect(sides.every((side) => side.columns === 2 && side.slots.length === 4 && side.slots.every((slot) => !slot.rotated))).toBe(true);
      for (const half of [0, 1]) {
        const copy = sides.flatMap((side) => halves(side)[half]!).filter((page) => page !== null);
        expect(copy.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
      }
      // Flipped on the long edge, the back's left page lies behind the front's right: 1 behind 2, 3 behind 4 …
      for (let sheet = 0; sheet < sides.length / 2; sheet++) {
        const [front, back] = [sides[2 * sheet]!, sides[2 * sheet + 1]!];
        front.slots.forEach((slot, index) => {
          const behind = back.slots[index + (index % 2 === 0 ? 1 : -1)]!;
          const [page, other] = [slot.page, behind.page];
          if (page !== null && other !== null)
            expect(Math.min(page, other) % 2 === 1 && Math.abs(page - other) === 1, `pages ${page} and ${other} share a leaf`).toBe(true);
        });
      }
    });
  });

  it('lays a zine out as the one-sheet fold: top row upside down 5 4 3 2, bottom row 6 7 8 1', () => {
    const [sheet, second] = impose(16, 'zine-a7');
    expect(sheet!.slots.map((slot) => [slot.page, slot.rotated])).toEqual([
      [5, true],
      [4, true],
      [3, true],
      [2, true],
      [6, false],
      [7, false],
      [8, false],
      [1, false],
    ]);
    expect(second!.slots.map((slot) => slot.page)).toEqual([13, 12, 11, 10, 14, 15, 16, 9]);
  });

  it('prints single pages one to a sheet', () => {
    expect(pages(impose(3, 'single'))).toEqual([[1], [2], [3]]);
  });
});

describe('two-sided printing by hand', () => {
  it.each(['booklet-a5', 'booklet-a6'] as const)('prints every front in run 1 and every back in run 2, sheet by sheet in the same order (%s)', (layout) => {
    const sides = impose(16, layout);
    const [fronts, backs] = [sidesOfRun(sides, 'fronts'), sidesOfRun(sides, 'backs')];
    expect(fronts.map((side) => `${side.sheet}${side.side}`)).toEqual(['1front', '2front', '3front', '4front']);
    expect(backs.map((side) => `${side.sheet}${side.side}`)).toEqual(['1back', '2back', '3back', '4back']);
    // Between them every side once: the booklet is whole.
    expect([...fronts, ...backs].sort((a, b) => a.sheet - b.sheet || a.side.localeCompare(b.side))).toEqual(
      [...sides].sort((a, b) => a.sheet - b.sheet || a.side.localeCompare(b.side)),
    );
    expect(sidesOfRun(sides, 'both')).toEqual(sides);
    expect(printsTwoSided(layout)).toBe(true);
  });

  it('is not offered for a one-sided layout', () => {
    expect(printsTwoSided('single')).toBe(false);
    expect(printsTwoSided('zine-a7')).toBe(false);
  });
});

describe('gamebook order', () => {
  it('starts at the start, walks choices in authored order, follows "next" at once and pins endings last', () => {
    expect(gamebookOrder(sample)).toEqual(['warung', 'disnaker', 'decide', 'calo', 'good-end', 'bad-end']);
    expect(gamebookOrder(jalanSari)).toEqual([
      'tawaran',
      'uang-pengikat',
      'kantor-darto',
      'disnaker',
      'paspor-darto',
      'pulang',
      'izin-ortu',
      'ltsa',
      'opp-kontrak',
      'kembalikan',
      'utang-darto',
      'berangkat',
      'terjebak',
    ]);
  });

  it('depends only on the story: the same story gives the same numbers, whatever the extras or layout', () => {
    const comics = (plan: PrintedPage[]) => plan.filter((page) => page.kind === 'comic');
    const a = printPlan(sample, { kind: 'gamebook' }, { layout: 'single', extras: [], lessonsPerPage: 3 });
    const b = printPlan(structuredClone(sample), { kind: 'gamebook' }, { layout: 'zine-a7', extras: ['cover', 'lessons', 'helplines'], lessonsPerPage: 1 });
    expect(comics(b)).toEqual(comics(a));
  });
});

describe('print plan', () => {
  it('marks the first page of each scene, where a gamebook prints the scene’s title for the reader who turned to it', () => {
    const plan = printPlan(jalanSari, { kind: 'gamebook' }, { layout: 'single', extras: [], lessonsPerPage: 3 });
    const opening = plan.flatMap((page) => (page.kind === 'comic' && page.opensScene ? [page.sceneId] : []));
    expect(opening).toEqual(gamebookOrder(jalanSari));
    const firstPages = new Set(jalanSari.scenes.map((scene) => scene.pages[0]!.id));
    expect(plan.every((page) => page.kind !== 'comic' || page.opensScene === firstPages.has(page.pageId))).toBe(true);
  });

  it('prints each choice with the page its scene starts on, and conditions as pages and choices to check', () => {
    const plan = printPlan(sample, { kind: 'gamebook' }, { layout: 'single', extras: [], lessonsPerPage: 3 });
    expect(plan.map((page) => (page.kind === 'comic' ? `${page.number}:${page.sceneId}` : page.kind))).toEqual([
      '1:warung',
      '2:disnaker',
      '3:decide',
      '4:calo',
      '5:good-end',
      '6:bad-end',
    ]);
    expect(plan[0]).toMatchObject({
      end: {
        kind: 'choices',
        options: [
          { choiceId: 'ask-disnaker', page: 2 },
          { choiceId: 'take-money', page: 4 },
        ],
      },
    });
    // calo continues to decide, which is not the next page: "turn to page 3".
    expect(plan[3]).toMatchObject({ end: { kind: 'turn', page: 3 } });
    expect(plan[2]).toMatchObject({
      end: {
        options: [
          // has-contract is set by the Disnaker scene (page 2); took-money by the choice take-money (page 1).
          { choiceId: 'go-official', page: 5, condition: { kind: 'read', page: 2, not: false } },
          {
            choiceId: 'go-with-darto',
            page: 6,
            condition: {
              kind: 'any',
              parts: [
                { kind: 'read', page: 4, not: false },
                { kind: 'read', page: 2, not: true },
              ],
            },
          },
          // Refusing Mr Darto leads to Disnaker, money or no money: the safe path is not locked behind repaying him.
          {
            choiceId: 'refuse-darto',
            page: 2,
            condition: {
              kind: 'all',
              parts: [
                { kind: 'chose', choiceId: 'take-money', page: 1, not: false },
                { kind: 'read', page: 2, not: true },
              ],
            },
          },
        ],
      },
    });
    expect(plan[4]).toMatchObject({ end: { kind: 'ending', endingId: 'good-official' } });
  });

  it('puts the cover first unnumbered, lessons and helplines after the story, and pads a booklet with notes before the helplines', () => {
    const plan = printPlan(sample, { kind: 'gamebook' }, { layout: 'booklet-a5', extras: ['cover', 'lessons', 'helplines'], lessonsPerPage: 3 });
    expect(plan.map((page) => `${page.kind}:${page.number ?? '-'}`)).toEqual([
      'cover:-',
      'comic:1',
      'comic:2',
      'comic:3',
      'comic:4',
      'comic:5',
      'comic:6',
      'lessons:7',
      'lessons:8',
      'notes:9',
      'notes:10',
      'helplines:11',
    ]);
    expect(plan.length % 4).toBe(0);
    expect(printPlan(sample, { kind: 'all' }, { layout: 'zine-a7', extras: [], lessonsPerPage: 1 })).toHaveLength(8);
  });

  it('prints one path with the choice taken under each choice point', () => {
    expect(pathToEnding(jalanSari, 'terjerat')?.map((step) => step.scene)).toEqual(['tawaran', 'uang-pengikat', 'kantor-darto', 'paspor-darto', 'terjebak']);
    const plan = printPlan(sample, { kind: 'ending-path', ending: 'bad-stranded' }, { layout: 'single', extras: [], lessonsPerPage: 3 });
    expect(plan.map((page) => page.kind === 'comic' && [page.sceneId, page.end])).toEqual([
      ['warung', { kind: 'chosen', choiceId: 'take-money' }],
      ['calo', null],
      ['decide', { kind: 'chosen', choiceId: 'go-with-darto' }],
      ['bad-end', { kind: 'ending', endingId: 'bad-stranded' }],
    ]);
    const reader = printPlan(
      sample,
      { kind: 'reader-path', steps: [{ scene: 'warung' }, { scene: 'disnaker', choice: 'ask-disnaker' }] },
      { layout: 'single', extras: [], lessonsPerPage: 3 },
    );
    expect(reader.map((page) => page.kind === 'comic' && page.sceneId)).toEqual(['warung', 'disnaker']);
  });

  it('prints a scene end that would squeeze the art on the page after it, as "page N, continued", and numbers nothing else differently', () => {
    const options = { layout: 'booklet-a5', extras: ['cover', 'helplines'], lessonsPerPage: 3 } as const;
    const together = printPlan(sample, { kind: 'gamebook' }, options);
    const apart = printPlan(sample, { kind: 'gamebook' }, { ...options, endsApart: new Set(['page-4', 'page-5']) });
    expect(apart.map((page) => `${page.kind}:${page.number ?? '-'}`)).toEqual([
      'cover:-',
      'comic:1',
      'comic:2',
      'comic:3',
      'scene-end:3',
      'comic:4',
      'comic:5',
      'scene-end:5',
      'comic:6',
      'notes:7',
      'notes:8',
      'helplines:9',
    ]);
    // The choices of the decide scene (page 3) move with their lines and conditions; the art page keeps none.
    expect(apart[3]).toMatchObject({ kind: 'comic', pageId: 'page-4', end: null });
    // (The page set apart is the scene end alone: the scene's title stays over its art.)
    const { opensScene, ...artPage } = together[3] as Extract<PrintedPage, { kind: 'comic' }>;
    expect(opensScene).toBe(true);
    expect(apart[4]).toEqual({ ...artPage, kind: 'scene-end' });
    expect(apart[7]).toMatchObject({ kind: 'scene-end', end: { kind: 'ending', endingId: 'good-official' } });
    // "Turn to page N" and every other number is what it was.
    const comics = (plan: PrintedPage[]) => plan.filter((page) => page.kind === 'comic').map((page) => page.number);
    expect(comics(apart)).toEqual(comics(together));
    // A page without a scene end has nothing to move.
    expect(printPlan(sample, { kind: 'gamebook' }, { ...options, endsApart: new Set(['page-2']) })).toEqual(together);
  });

  it('prints a page whose words go under its panels in parts at the breaks, each "page N, continued", the scene end on the last', () => {
    const options = { layout: 'single', extras: [], lessonsPerPage: 3 } as const;
    const together = printPlan(sample, { kind: 'gamebook' }, options);
    const parts = printPlan(sample, { kind: 'gamebook' }, { ...options, textBelow: new Set(['page-1', 'page-2']), breaks: new Map([['page-1', [2, 1, 9]]]) });
    const label = (page: PrintedPage) =>
      page.kind === 'comic' ? `${page.number}${page.continued ? '+' : ''}:${page.panels ? `${page.panels.from}-${page.panels.to}` : 'all'}` : page.kind;
    // page-1 (3 panels) breaks before its 2nd and 3rd panel (a break past its panels is ignored); page-2 is one part.
    expect(parts.map(label).slice(0, 5)).toEqual(['1:0-1', '1+:1-2', '1+:2-3', '2:all', '3:all']);
    const [first, , last] = parts as Extract<PrintedPage, { kind: 'comic' }>[];
    expect(first).toMatchObject({ opensScene: true, end: null, textBelow: true });
    expect(last).toMatchObject({ opensScene: false, continued: true, end: together[0]!.kind === 'comic' ? together[0]!.end : 'missing' });
    // Every number, and so every "turn to page N", is what it was; with the scene end apart it follows the last part.
    const numbers = (plan: PrintedPage[]) => plan.filter((page) => page.kind === 'comic' && !page.continued).map((page) => page.number);
    expect(numbers(parts)).toEqual(numbers(together));
    const apart = printPlan(
      sample,
      { kind: 'gamebook' },
      { ...options, textBelow: new Set(['page-1']), breaks: new Map([['page-1', [1]]]), endsApart: new Set(['page-1']) },
    );
    expect(apart.slice(0, 3).map((page) => `${page.kind}:${page.number}:${'end' in page && page.end ? 'end' : '-'}`)).toEqual([
      'comic:1:-',
      'comic:1:-',
      'scene-end:1:end',
    ]);
  });

  it('prints chosen pages in reading order', () => {
    const plan = printPlan(jalanSari, { kind: 'pages', pages: ['l-page-1', 't-page-2'] }, { layout: 'single', extras: [], lessonsPerPage: 3 });
    expect(plan.map((page) => page.kind === 'comic' && `${page.number}:${page.pageId}`)).toEqual(['1:t-page-2', '2:l-page-1']);
  });
});

describe('conditions in words', () => {
  const t = ((key: string, values?: Record<string, unknown>) =>
    key === 'print.not-chose' ? `not ${String(values!.choice)} (${String(values!.page)})` : key) as unknown as Parameters<typeof conditionText>[1];
  it('quotes a choice once, and speech followed by narration as a whole', () => {
    const not = (text: string) => conditionText({ kind: 'chose', choiceId: 'c', page: 2, not: true }, t, () => text);
    expect(not('Ask first')).toBe('not “Ask first” (2)');
    expect(not('"Ah, lewat Pak Darto saja. Lebih cepat."')).toBe('not "Ah, lewat Pak Darto saja. Lebih cepat." (2)');
    expect(not('"Nggih, Pak. Saya ikut." Terima uangnya.')).toBe('not “"Nggih, Pak. Saya ikut." Terima uangnya.” (2)');
  });
});

describe('print options in the URL', () => {
  it('reads what it writes, and falls back to defaults for anything unknown', () => {
    const options = {
      layout: 'booklet-a5',
      size: 'a6',
      selection: 'path:good-official',
      extras: ['cover', 'helplines'],
      gray: true,
      coverColour: true,
      lang: 'en',
      run: 'backs',
    } as const;
    expect(readOptions(writeOptions({ ...options, extras: [...options.extras] }))).toEqual(options);
    expect(readOptions(writeOptions({ ...options, layout: 'booklet-a6', extras: [] })).layout).toBe('booklet-a6');
    expect(readOptions('?layout=poster&size=a0&extras=&lang=<b>')).toMatchObject({ layout: 'single', size: 'a5', extras: [], lang: null });
    // A colour cover belongs to a grayscale print: without gray it is not written.
    expect(writeOptions({ ...options, extras: [], gray: false })).not.toContain('cover=colour');
    // Fronts or backs belong to a two-sided layout: a zine prints one side, so the run is not written for it.
    expect(readOptions(writeOptions({ ...options, extras: [], layout: 'zine-a7' })).run).toBe('both');
    expect(readOptions('?run=sideways').run).toBe('both');
    expect(toSelection('pages:page-2,elsewhere,page-1', sample, null)).toEqual({ kind: 'pages', pages: ['page-2', 'page-1'] });
    expect(toSelection('path:good-official', sample, null)).toEqual({ kind: 'ending-path', ending: 'good-official' });
    // Left in the address from another story: nothing here, so the screen falls back to the gamebook.
    expect(toSelection('path:terjerat', sample, null)).toBeNull();
    expect(toSelection('pages:t-page-1', sample, null)).toEqual({ kind: 'pages', pages: [] });
    expect(toSelection('path:reader', sample, null)).toBeNull();
  });
  // A shared link is input like any other (issue 16 item 11): whatever its query, the Print screen gets options it
  // knows and a selection of this story's pages, or the gamebook.
  it('reads any query into known options, and any selection into pages of this story or nothing', { timeout: 30_000 }, () => {
    const part = fc.constantFrom(
      'layout',
      'size',
      'selection',
      'extras',
      'gray',
      'cover',
      'lang',
      'run',
      'fronts',
      '=',
      '&',
      '%',
      '%zz',
      ',',
      'path:',
      'pages:',
      'page-1',
      'good-official',
      '__proto__',
      'booklet-a5',
      'a6',
      '1',
      'en',
      '<b>',
    );
    const query = fc.array(part, { maxLength: 16 }).map((parts) => `?${parts.join('')}`);
    const pageIds = new Set(sample.scenes.flatMap((scene) => scene.pages.map((page) => page.id)));
    fc.assert(
      fc.property(query, (text) => {
        const options = readOptions(text);
        expect(LAYOUTS).toContain(options.layout);
        expect(SIZES).toContain(options.size);
        expect(options.extras.every((extra) => EXTRAS.includes(extra))).toBe(true);
        expect(options.lang === null || /^[a-z]{2,3}$/.test(options.lang)).toBe(true);
        expect(PRINT_RUNS).toContain(options.run);
        const selection = toSelection(options.selection, sample, null);
        if (selection?.kind === 'pages') expect(selection.pages.every((id) => pageIds.has(id))).toBe(true);
        if (selection) printPlan(sample, selection, { layout: options.layout, extras: options.extras, lessonsPerPage: 3 });
      }),
      { numRuns: 1500 },
    );
  });
});
