/**
 * npm run print's PDFs, checked as an organiser would check the printed booklet: page count, paper size, which page
 * sits where on each sheet (the printed page numbers are the anchors), the expected text on the expected page, and a
 * gamebook whose every "turn to page N" leads to the right scene. With KOMIK_LOOK=1 the pages are PNGs in test-results/print.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_OPTIONS, type PrintOptions } from '../../src/paper/options';
import { impose } from '../../src/paper/impose';
import { A4_LANDSCAPE, A4_PORTRAIT, PAGE_PAPER, PT_PER_MM, type Paper } from '../../src/paper/paper';
import { scenePanels } from '../../src/story/reading-order';
import type { Translation } from '../../src/story/schema';
import { storyKeys } from '../../src/story/strings';
import { printPdf } from '../../tools/print/print-pdf';
import { bundledStory } from '../fixtures/bundled-story';
import { MIN_BALLOON_PT, MIN_NAME_PT } from '../../src/paper/paper';
import { LOOK } from './browser';
import { inkDistanceFromEdge, inkIn, pageImage, pageLabel, pagePixels, pageText, pdfPages, pdfTitle, printedWords, squeeze } from './print-pdf-text';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'print');
const STORIES = join(import.meta.dirname, '..', '..', 'stories');
const storyOf = bundledStory;
const english = (id: string) => (JSON.parse(readFileSync(join(STORIES, id, 'i18n', 'en.json'), 'utf8')) as Translation).strings;
const A4 = { width: A4_LANDSCAPE.width * PT_PER_MM, height: A4_LANDSCAPE.height * PT_PER_MM };

/** Prints, writes the PDF (and, to look at, its pages as PNG at 60 dpi) next to it, and returns the file. */
async function print(name: string, storyId: string, options: Partial<PrintOptions>): Promise<{ file: string; pageCount: number; ms: number }> {
  mkdirSync(OUT, { recursive: true });
  const started = performance.now();
  const printed = await printPdf(inject('baseUrl'), storyId, { ...DEFAULT_OPTIONS, lang: 'id', ...options });
  const ms = Math.round(performance.now() - started);
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, printed.pdf);
  if (LOOK) execFileSync('pdftoppm', ['-r', '60', '-png', file, join(OUT, name)]);
  return { file, pageCount: printed.pageCount, ms };
}

function expectSize(page: { width: number; height: number } | undefined, width: number, height: number): void {
  // Chromium rounds mm to whole CSS pixels: within half a millimetre.
  expect(page!.width).toBeCloseTo(width, -0.2);
  expect(page!.height).toBeCloseTo(height, -0.2);
}

type Label = ReturnType<typeof pageLabel>;

/**
 * Pages read in order, by what each one's foot says: the unnumbered cover, then 1, 2, 3 …, a page that continues
 * another (its scene end set apart, or the rest of its panels) right after it as "N (lanjutan)".
 */
function expectReadingOrder(labels: Label[], what: string): void {
  expect(labels[0], `${what}: the cover`).toBeNull();
  for (let position = 2; position <= labels.length; position++) {
    const [before, label] = [labels[position - 2], labels[position - 1]];
    const expected = label?.continued ? { number: before?.number ?? 0, continued: true } : { number: (before?.number ?? 0) + 1, continued: false };
    expect(label, `${what}: the page in place ${position}`).toEqual(expected);
  }
}

interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pages' places on an A4 sheet in mm from the top left, centred as impose-pdf.ts draws them. */
function cellsOf(columns: number, rows: number, page: { width: number; height: number }, sheet: Paper = A4_LANDSCAPE): Cell[] {
  const [left, top] = [(sheet.width - columns * page.width) / 2, (sheet.height - rows * page.height) / 2];
  return Array.from({ length: columns * rows }, (_, index) => ({
    x: left + (index % columns) * page.width,
    y: top + Math.floor(index / columns) * page.height,
    ...page,
  }));
}

/**
 * Nothing printed within `clear` mm of each page's edges: clear of what an office printer cannot reach, of the fold
 * and of the zine's cut. The fold and cut marks sit on the pages' edges, so the outermost 0.8 mm is not looked at.
 */
function expectMarginsClear(file: string, sheet: number, cells: Cell[], clear: number): void {
  const image = pageImage(file, sheet, 40);
  const edge = 0.8;
  cells.forEach((cell, index) => {
    const inner = { x: cell.x + edge, y: cell.y + edge, width: cell.width - 2 * edge, height: cell.height - 2 * edge };
    const band = clear - edge;
    const bands = {
      left: { ...inner, width: band },
      right: { ...inner, x: inner.x + inner.width - band, width: band },
      top: { ...inner, height: band },
      bottom: { ...inner, y: inner.y + inner.height - band, height: band },
    };
    for (const [side, area] of Object.entries(bands)) expect(inkIn(image, area), `ink in the ${side} margin of page ${index + 1} on sheet ${sheet}`).toBe(0);
  });
}

/** 5 mm, the edge an office printer or photocopier leaves blank, in points. */
const PRINTABLE_EDGE = 5 * PT_PER_MM;

/**
 * The fold and cut marks (the ink nearest the edge: the pages keep 8 to 10 mm margins) lie inside the 5 mm every
 * printer reaches, and are there at all: the nearest ink is a mark starting at 5 mm, not a page's text at 8 mm or more.
 */
function expectMarksPrintable(file: string, sheet: number): void {
  const nearest = inkDistanceFromEdge(pageImage(file, sheet, 144));
  expect(nearest, `the nearest ink to the edge of sheet ${sheet}, in pt`).toBeGreaterThanOrEqual(PRINTABLE_EDGE - 0.5);
  expect(nearest, `the fold marks of sheet ${sheet}, in pt from the edge`).toBeLessThan(PRINTABLE_EDGE + 1);
}

/** A text's words, lower case, without punctuation. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
/** Every string in a JSON file or value, but those under `skip` keys. */
const stringsIn = (value: unknown, skip: (key: string) => boolean = () => false): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => (skip(key) ? [] : stringsIn(item, skip)))
      : [];
const SRC = join(import.meta.dirname, '..', '..', 'src');
/** Every file of the app's own words in a language: the first script's and each feature's (help, print, show …). */
const appWordFiles = (lang: string) =>
  readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith(`locales/${lang}.json`))
    .map((path) => join(SRC, path));
const LESSONS = join(STORIES, 'lessons');

/**
 * Paper's minimum text sizes, measured from the PDF (issue 17, item 9): every word of the story's balloons at 7 pt or
 * more, every speaker's name at 6 pt or more. Words also printed elsewhere (choices, titles, the print's own words,
 * lessons, helplines) are left out, as they may rightly be smaller; what remains must be many, or nothing was measured.
 */
async function expectPaperTextSizes(file: string, storyId: string, lang: 'id' | 'en'): Promise<{ balloon: number; name: number }> {
  const story = storyOf(storyId);
  const strings = lang === 'en' ? english(storyId) : {};
  const say = (key: string, source: string) => strings[key]?.text ?? source;
  const names = new Set(story.characters.flatMap((character) => wordsOf(say(storyKeys.character(character.id), character.name))));
  const balloonWords = story.scenes.flatMap((scene) =>
    scene.pages.flatMap((page) =>
      page.panels.flatMap((panel) =>
        panel.balloons.filter((balloon) => balloon.kind !== 'sfx').flatMap((balloon) => wordsOf(say(storyKeys.balloon(panel.id, balloon.id), balloon.text))),
      ),
    ),
  );
  const elsewhere = new Set(
    [
      ...stringsIn(story, (key) => key === 'balloons'),
      ...Object.entries(strings)
        .filter(([key]) => !/^panel\..*\.balloon\./.test(key))
        .map(([, entry]) => entry.text),
      ...appWordFiles(lang).flatMap((file) => stringsIn(JSON.parse(readFileSync(file, 'utf8')))),
      ...stringsIn(JSON.parse(readFileSync(join(LESSONS, 'lessons.json'), 'utf8'))),
      ...stringsIn(JSON.parse(readFileSync(join(LESSONS, 'i18n', 'en.json'), 'utf8'))),
    ].flatMap(wordsOf),
  );
  const onlyBalloons = new Set(balloonWords.filter((word) => !elsewhere.has(word)));
  const words = (await printedWords(file)).map((word) => ({ ...word, word: wordsOf(word.text)[0] ?? '' }));
  const balloons = words.filter((word) => onlyBalloons.has(word.word));
  const speakers = words.filter((word) => names.has(word.word));
  expect(balloons.length, 'balloon words found in the PDF').toBeGreaterThan(5);
  expect(speakers.length, 'speaker names found in the PDF').toBeGreaterThan(2);
  const smallest = (found: typeof words) => found.reduce((least, word) => (word.size < least.size ? word : least));
  const [balloon, name] = [smallest(balloons), smallest(speakers)];
  expect(balloon.size, `the smallest balloon word ("${balloon.text}"), in pt`).toBeGreaterThanOrEqual(MIN_BALLOON_PT - 0.05);
  expect(name.size, `the smallest speaker name ("${name.text}"), in pt`).toBeGreaterThanOrEqual(MIN_NAME_PT - 0.05);
  return { balloon: balloon.size, name: name.size };
}

const singlePage = (size: keyof typeof PAGE_PAPER): Cell[] => [{ x: 0, y: 0, width: PAGE_PAPER[size].width, height: PAGE_PAPER[size].height }];

describe('npm run print', () => {
  it('prints single A5 pages: cover, the gamebook in order, lessons, helplines', async () => {
    const { file, pageCount } = await print('single-a5-sample', 'sample', { layout: 'single', size: 'a5' });
    const pages = pdfPages(file);
    // Cover, 6 comic pages (one scene end set apart, so that the art keeps its text at 7 pt), 4 lessons on 2 pages
    // (3 to a page), helplines.
    expect(pages).toHaveLength(11);
    expect(pageCount).toBe(11);
    for (const page of pages) expectSize(page, 419.53, 595.28);
    expect(pageText(file, 1)).toContain('Contoh: Tawaran di');
    expectReadingOrder(
      pages.map((_, index) => (index === 0 ? null : pageLabel(pageText(file, index + 1)))),
      'single A5',
    );
    expect(squeeze(pageText(file, 2))).toContain(squeeze('Sari! Mau kerja di Hong Kong?'));
    expect(squeeze(pageText(file, 2))).toContain(squeeze('Jika kamu memilih Tanya dulu ke Disnaker → lanjut ke halaman 2'));
    expect(pageText(file, 9)).toContain('Pelajaran');
    expect(pageText(file, 11)).toContain('0800-1000');
    // Art and text keep the 10 mm margins (looked at to 9 mm) on every page.
    for (let page = 1; page <= 11; page++) expectMarginsClear(file, page, singlePage('a5'), PAGE_PAPER.a5.margin - 1);
    console.log('single-a5 sample: smallest text (pt)', await expectPaperTextSizes(file, 'sample', 'id'));
    // The art is SVG and stays vector on paper: not one bitmap in the file (pdfimages lists only its header).
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
  });

  it('prints A6 pages, in English, with the choice taken on the path to an ending', async () => {
    const { file } = await print('single-a6-path', 'sample', { layout: 'single', size: 'a6', selection: 'path:bad-stranded', extras: [], lang: 'en' });
    const pages = pdfPages(file);
    expect(pdfTitle(file)).toBe('Sample: An Offer at the Stall · A6 pages · English');
    // Four comic pages, their words under the pictures (over the art on A6 they would be 6.7 pt): the first in two parts.
    expect(pages).toHaveLength(5);
    for (const page of pages) expectSize(page, PAGE_PAPER.a6.width * PT_PER_MM, PAGE_PAPER.a6.height * PT_PER_MM);
    const labels = pages.map((_, index) => pageLabel(pageText(file, index + 1)));
    expectReadingOrder([null, ...labels], 'A6 pages');
    expect(labels.at(-1)!.number).toBe(4);
    const all = squeeze(pages.map((_, index) => pageText(file, index + 1)).join(''));
    expect(all).toContain(squeeze('The choice in this story: Take the money and go with Mr Darto'));
    expect(pageText(file, pages.length)).toContain('THE END:');
    for (let page = 1; page <= pages.length; page++) expectMarginsClear(file, page, singlePage('a6'), PAGE_PAPER.a6.margin - 1);
  });

  it('imposes an A5 booklet two-up on A4 in folding order, padded with notes pages before the helplines', async () => {
    const { file, pageCount, ms } = await print('booklet-a5-sample', 'sample', { layout: 'booklet-a5' });
    expect(pageCount).toBe(12);
    expect(pdfTitle(file)).toBe('Contoh: Tawaran di Warung · Buklet A5 · Indonesia');
    const sides = impose(pageCount, 'booklet-a5');
    const pages = pdfPages(file);
    expect(pages).toHaveLength(sides.length);
    for (const page of pages) expectSize(page, A4.width, A4.height);
    const labels = new Map<number, Label>();
    sides.forEach((side, index) => {
      const [left, right] = side.slots;
      labels.set(left!.page!, pageLabel(pageText(file, index + 1, { x: 0, y: 0, width: A4.width / 2, height: A4.height })));
      labels.set(right!.page!, pageLabel(pageText(file, index + 1, { x: A4.width / 2, y: 0, width: A4.width / 2, height: A4.height })));
    });
    expectReadingOrder(
      Array.from({ length: pageCount }, (_, index) => labels.get(index + 1) ?? null),
      'A5 booklet',
    );
    // Folded, the outside of the first sheet is the cover (front) and the helplines (back).
    expect(pageText(file, 1, { x: A4.width / 2, y: 0, width: A4.width / 2, height: A4.height })).toContain('Contoh: Tawaran di');
    expect(pageText(file, 1, { x: 0, y: 0, width: A4.width / 2, height: A4.height })).toContain('0800-1000');
    // A notes page fills the booklet to 12 (page 11 of the booklet: the back of sheet 1, right).
    expect(pageText(file, 2, { x: A4.width / 2, y: 0, width: A4.width / 2, height: A4.height })).toContain('Catatan');
    // Nothing within 9 mm of the sheet's edges or of the fold.
    for (let sheet = 1; sheet <= pages.length; sheet++) expectMarginsClear(file, sheet, cellsOf(2, 1, PAGE_PAPER.a5), PAGE_PAPER.a5.margin - 1);
    for (let sheet = 1; sheet <= pages.length; sheet++) expectMarksPrintable(file, sheet);
    console.log(`booklet-a5 sample: ${pageCount} pages on ${pages.length} sides in ${ms} ms`);
  });

  it('imposes an A6 pocket booklet 2 × 2 on A4 portrait, one booklet copy on each half, then the cutting guide', async () => {
    const { file, pageCount, ms } = await print('booklet-a6-sample', 'sample', {
      layout: 'booklet-a6',
      selection: 'pages:page-1,page-2,page-3',
      extras: ['cover', 'helplines'],
    });
    const sides = impose(pageCount, 'booklet-a6');
    const pages = pdfPages(file);
    expect(pageCount % 4).toBe(0);
    expect(pages).toHaveLength(sides.length + 1);
    for (const page of pages) expectSize(page, A4_PORTRAIT.width * PT_PER_MM, A4_PORTRAIT.height * PT_PER_MM);
    // What each quarter's foot says, by its place in the folded booklet, read from the top copy and the bottom one.
    const cell = { width: (A4_PORTRAIT.width * PT_PER_MM) / 2, height: (A4_PORTRAIT.height * PT_PER_MM) / 2 };
    const copies = [new Map<number, ReturnType<typeof pageLabel>>(), new Map<number, ReturnType<typeof pageLabel>>()];
    sides.forEach((side, index) => {
      side.slots.forEach((slot, at) =>
        copies[Math.floor(at / 2)]!.set(
          slot.page!,
          pageLabel(pageText(file, index + 1, { x: (at % 2) * cell.width, y: Math.floor(at / 2) * cell.height, ...cell })),
        ),
      );
    });
    expect(copies[1]).toEqual(copies[0]);
    // Folded, each copy reads in order: the unnumbered cover, then 1, 2, 3 …, "N (lanjutan)" right after its page.
    const labels = copies[0]!;
    expect(labels.size).toBe(pageCount);
    expect(labels.get(1)).toBeNull();
    for (let position = 2; position <= pageCount; position++) {
      const [before, label] = [labels.get(position - 1), labels.get(position)];
      const expected = label?.continued ? { number: before?.number ?? 0, continued: true } : { number: (before?.number ?? 0) + 1, continued: false };
      expect(label, `the page in place ${position} of the folded booklet`).toEqual(expected);
    }
    // The outside of the first sheet, on both halves: the cover on the right, the helplines (the back cover) on the left.
    for (const y of [0, cell.height]) {
      expect(pageText(file, 1, { x: cell.width, y, ...cell })).toContain('Contoh: Tawaran di');
      expect(pageText(file, 1, { x: 0, y, ...cell })).toContain('0800-1000');
    }
    for (let sheet = 1; sheet <= sides.length; sheet++) expectMarginsClear(file, sheet, cellsOf(2, 2, PAGE_PAPER.a6, A4_PORTRAIT), PAGE_PAPER.a6.margin - 1);
    // Every side gets the same marks: a front and a back are looked at closely (144 dpi scans take a second each).
    for (const sheet of [1, 2]) expectMarksPrintable(file, sheet);
    expect(pageText(file, pages.length)).toContain('Cara menggunting dan melipat buklet saku A6');
    console.log('booklet-a6 sample: smallest text (pt)', await expectPaperTextSizes(file, 'sample', 'id'));
    console.log(`booklet-a6 sample: ${pageCount} pages on ${sides.length} sides in ${ms} ms`);
  });

  it('lays an A7 zine out on its one A4 sheet, top row upside down, then the folding guide', async () => {
    // Chosen pages: the zine is one sheet (a longer selection is refused, tests/component/print-zine.test.tsx).
    const { file, pageCount } = await print('zine-a7-sample', 'sample', {
      layout: 'zine-a7',
      selection: 'pages:page-1,page-5',
      extras: ['cover', 'helplines'],
    });
    const sides = impose(pageCount, 'zine-a7');
    const pages = pdfPages(file);
    expect(pageCount).toBe(8);
    expect(pages).toHaveLength(sides.length + 1);
    for (const page of pages) expectSize(page, A4.width, A4.height);
    // What each cell's foot says, by its place in the folded zine.
    const cell = { width: A4.width / 4, height: A4.height / 2 };
    const labels = new Map<number, ReturnType<typeof pageLabel>>();
    sides.forEach((side, index) => {
      side.slots.forEach((slot, at) =>
        labels.set(slot.page!, pageLabel(pageText(file, index + 1, { x: (at % 4) * cell.width, y: Math.floor(at / 4) * cell.height, ...cell }))),
      );
    });
    // Folded, the pages read in order: the unnumbered cover, then 1, 2, 3 …, a page of choices set apart (the art
    // left too small on A7 beside them) right after the art it belongs to, as "N (lanjutan)".
    expect(labels.get(1)).toBeNull();
    expect(pageText(file, 1, { x: 3 * cell.width, y: cell.height, ...cell })).toContain('Contoh: Tawaran di');
    for (let position = 2; position <= pageCount; position++) {
      const [before, label] = [labels.get(position - 1), labels.get(position)];
      const expected = label?.continued ? { number: before?.number ?? 0, continued: true } : { number: (before?.number ?? 0) + 1, continued: false };
      expect(label, `the page in place ${position} of the folded zine`).toEqual(expected);
    }
    expect([...labels.values()].some((label) => label?.continued)).toBe(true);
    // Every page keeps its 8 mm margin (looked at to 7 mm): clear of the printer's edge, the folds and the cut.
    for (let sheet = 1; sheet <= sides.length; sheet++) expectMarginsClear(file, sheet, cellsOf(4, 2, PAGE_PAPER.a7), PAGE_PAPER.a7.margin - 1);
    for (let sheet = 1; sheet <= sides.length; sheet++) expectMarksPrintable(file, sheet);
    expect(pageText(file, pages.length)).toContain('Cara melipat zine satu lembar');
    console.log('zine-a7 sample: smallest text (pt)', await expectPaperTextSizes(file, 'sample', 'id'));
  });

  it.each([
    { storyId: 'jalan-sari', layout: 'zine-a7', selection: 'pages:t-page-1,k-page-1' },
    { storyId: 'keluarga-nita', layout: 'booklet-a6', selection: 'pages:rembug-p1,kantor-desa-p1' },
  ] as const)('holds 7 pt balloon text and 6 pt names in a second story ($storyId, $layout)', async ({ storyId, layout, selection }) => {
    const { file, pageCount, ms } = await print(`${layout}-${storyId}`, storyId, { layout, selection, extras: ['cover'] });
    const sizes = await expectPaperTextSizes(file, storyId, 'id');
    console.log(`${layout} ${storyId}: ${pageCount} pages in ${ms} ms, smallest text (pt)`, sizes);
  });

  it('prints Javanese in Javanese: the title, the instructions, the end, the lessons and the helplines', async () => {
    const javanese = (JSON.parse(readFileSync(join(STORIES, 'jalan-sari', 'i18n', 'jv.json'), 'utf8')) as Translation).strings;
    const { file, pageCount } = await print('gamebook-jv-a5-jalan-sari', 'jalan-sari', { layout: 'single', size: 'a5', lang: 'jv' });
    expect(pdfTitle(file)).toBe(`${javanese[storyKeys.title()]!.text} · Kaca A5 · Jawa`);
    const all = squeeze(Array.from({ length: pageCount }, (_, index) => pageText(file, index + 1)).join('\n'));
    // The lesson cards too (stories/lessons/i18n/jv.json): "Lewat dalan resmi", not "Lewat jalur resmi".
    for (const words of ['Yen kowe milih', 'terus menyang kaca', 'TAMAT:', 'Papan njaluk tulung', 'Lewat dalan resmi']) expect(all).toContain(squeeze(words));
    // Not one of the print's own Indonesian words, nor a lesson's.
    for (const words of ['Jika kamu memilih', 'lanjut ke halaman', 'Lanjut ke halaman', 'Hanya boleh jika', 'Halaman bantuan', 'Lewat jalur resmi'])
      expect(all).not.toContain(squeeze(words));
  });

  it('prints the cover in colour and the inside in grays, for a colour first sheet and photocopies of the rest', async () => {
    const { file } = await print('single-a5-cover-colour', 'sample', {
      layout: 'single',
      selection: 'pages:page-1',
      extras: ['cover'],
      gray: true,
      coverColour: true,
    });
    const colourful = (page: number) => {
      const pixels = pagePixels(file, page);
      let count = 0;
      for (let i = 0; i < pixels.length; i += 3)
        if (Math.max(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) - Math.min(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) > 12) count++;
      return count;
    };
    expect(colourful(1), 'coloured pixels on the cover').toBeGreaterThan(1000);
    expect(colourful(2), 'coloured pixels inside').toBe(0);
  });

  /** The instructions as pdftotext gives them, spaces squeezed out. */
  const TURN = { en: { turnTo: 'turntopage', turn: 'Turntopage', end: 'THEEND:' }, id: { turnTo: 'lanjutkehalaman', turn: 'Lanjutkehalaman', end: 'TAMAT:' } };

  it.each([
    // On A5 every choice fits under its scene's art; on A6 some are set apart on the page after (lanjutan). (Two of the
    // stories, one on each size: four took a minute and a half of CI's twenty.)
    { storyId: 'jalan-sari', lang: 'en', size: 'a5', instructions: 15, endings: 2 },
    { storyId: 'lowongan-bayu', lang: 'id', size: 'a6', instructions: 14, endings: 3 },
  ] as const)(
    'prints a gamebook ($storyId, $lang, $size) where every "turn to page N" leads to the page where that scene begins',
    async ({ storyId, lang, size, instructions, endings }) => {
      const story = storyOf(storyId);
      const strings = lang === 'en' ? english(storyId) : {};
      const say = (key: string, source: string) => strings[key]?.text ?? source;
      const words = TURN[lang];
      const { file, pageCount } = await print(`gamebook-${lang}-${size}-${storyId}`, storyId, {
        layout: 'single',
        size,
        selection: 'gamebook',
        extras: [],
        lang,
      });
      const pages = Array.from({ length: pageCount }, (_, index) => squeeze(pageText(file, index + 1)));
      // Page N with its continuations (a page whose words print under its panels may go on over several).
      const printed = (number: number) => pages.filter((text) => pageLabel(text)?.number === number).join('');
      /** A balloon of a scene as printed: the first opens the scene's first page, the last closes its last page. */
      const balloonOf = (sceneId: string, which: 'first' | 'last') => {
        const places = scenePanels(story.scenes.find((scene) => scene.id === sceneId)!).filter((place) => place.panel.balloons.length > 0);
        const place = which === 'first' ? places[0]! : places.at(-1)!;
        const balloon = which === 'first' ? place.panel.balloons[0]! : place.panel.balloons.at(-1)!;
        return squeeze(say(storyKeys.balloon(place.panel.id, balloon.id), balloon.text));
      };
      /** The page that closes a scene, and the one its scene end is on: the same page, or its continuation right after. */
      const sceneEnd = (sceneId: string, instruction: RegExp) => {
        const closing = pages.findIndex((text) => text.includes(balloonOf(sceneId, 'last')));
        expect(closing, `the page that closes ${sceneId}`).toBeGreaterThanOrEqual(0);
        const next = pages[closing + 1] ?? '';
        if (instruction.test(pages[closing]!) || !pageLabel(next)?.continued) return pages[closing]!;
        expect(pageLabel(next), `the page after ${sceneId}'s art continues it`).toEqual({ number: pageLabel(pages[closing]!)?.number, continued: true });
        return next;
      };
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const choiceText = (choice: { id: string; text: string }) => squeeze(say(storyKeys.choice(choice.id), choice.text));
      // A story may offer the same words at two choice points (Lowongan di Layar's panic button): each is printed once.
      const sameWords = (text: string) =>
        story.scenes.flatMap((scene) => (scene.then.kind === 'choices' ? scene.then.choices : [])).filter((choice) => choiceText(choice) === text).length;
      let followed = 0;
      for (const scene of story.scenes) {
        const end = scene.then;
        if (end.kind === 'choices') {
          for (const choice of end.choices) {
            // "If you choose <choice> → turn to page N", once, under the scene's art or on the page after it.
            const line = new RegExp(`${escape(choiceText(choice))}→${words.turnTo}(\\d+)`);
            const times = pages.reduce((count, text) => count + [...text.matchAll(new RegExp(line.source, 'g'))].length, 0);
            expect(times, `the choice ${choice.id} is printed once`).toBe(sameWords(choiceText(choice)));
            const at = sceneEnd(scene.id, line);
            expect(at, `the choice ${choice.id} under ${scene.id}'s art or on the page after`).toMatch(line);
            const target = Number(line.exec(at)![1]);
            expect(printed(target), `choice ${choice.id}: page ${target} opens scene ${choice.target}`).toContain(balloonOf(choice.target, 'first'));
            followed++;
          }
        } else if (end.kind === 'next') {
          const closing = sceneEnd(scene.id, new RegExp(`${words.turn}\\d+\\.`));
          const turn = new RegExp(`${words.turn}(\\d+)\\.`).exec(closing);
          // Without "turn to", the next scene simply continues on the following page.
          const target = turn ? Number(turn[1]) : pageLabel(closing)!.number + 1;
          expect(printed(target), `after ${scene.id}, page ${target} opens ${end.scene}`).toContain(balloonOf(end.scene, 'first'));
          if (turn) followed++;
        }
      }
      // Every instruction printed anywhere was one of those followed: every choice and each "turn to page" link.
      expect(pages.reduce((count, text) => count + [...text.matchAll(new RegExp(`${words.turnTo}\\d+`, 'gi'))].length, 0)).toBe(followed);
      expect(followed).toBe(instructions);
      expect(pages.filter((text) => text.includes(words.end))).toHaveLength(endings);
      if (size === 'a6') expect(pages.some((text) => pageLabel(text)?.continued)).toBe(true);
      if (storyId === 'jalan-sari') {
        // A choice with a condition says what to check on paper: the Disnaker scene starts on page 5.
        expect(pages.some((text) => text.includes(squeeze('individual brokers are banned, sir." → turn to page 8 Only if you have read page 5.')))).toBe(true);
      }
      for (let page = 1; page <= pageCount; page++) expectMarginsClear(file, page, singlePage(size), PAGE_PAPER[size].margin - 1);
      console.log(`gamebook ${storyId} ${size}: smallest text (pt)`, await expectPaperTextSizes(file, storyId, lang));
    },
  );

  it.each([
    { name: 'single-a5-gray', options: { layout: 'single', selection: 'pages:page-1', extras: ['cover'] } },
    // The zine's cut line and its folding guide too.
    { name: 'zine-a7-gray', options: { layout: 'zine-a7', selection: 'pages:page-1,page-4', extras: ['cover'] } },
  ] as const)('prints in grays for photocopying, the art still vector ($name)', async ({ name, options }) => {
    const { file } = await print(name, 'sample', { ...options, extras: [...options.extras], gray: true });
    const sheets = pdfPages(file).length;
    expect(sheets).toBe(2);
    for (let page = 1; page <= sheets; page++) {
      const pixels = pagePixels(file, page);
      let colourful = 0;
      for (let i = 0; i < pixels.length; i += 3)
        if (Math.max(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) - Math.min(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) > 12) colourful++;
      expect(colourful, `coloured pixels on page ${page}`).toBe(0);
    }
    // Gray by a blend over the page, not a filter: not one bitmap in the file.
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
  });
});
