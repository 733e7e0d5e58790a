/**
 * npm run print's PDFs, checked as an organiser would check the printed booklet: page count, paper size, which page
 * sits where on each sheet (the printed page numbers are the anchors), the expected text on the expected page, and a
 * gamebook whose every "turn to page N" leads to the right scene. The PNGs in test-results/print are for looking.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_OPTIONS, type PrintOptions } from '../../src/print/options';
import { impose } from '../../src/print/impose';
import { A4_LANDSCAPE, PAGE_PAPER, PT_PER_MM } from '../../src/print/paper';
import { scenePanels } from '../../src/story/reading-order';
import type { Story, Translation } from '../../src/story/schema';
import { storyKeys } from '../../src/story/strings';
import { printPdf } from '../../tools/print/print-pdf';
import { pageNumbers, pagePixels, pageText, pdfPages, squeeze } from './print-pdf-text';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'print');
const STORIES = join(import.meta.dirname, '..', '..', 'stories');
const storyOf = (id: string) => JSON.parse(readFileSync(join(STORIES, id, 'story.json'), 'utf8')) as Story;
const english = (id: string) => (JSON.parse(readFileSync(join(STORIES, id, 'i18n', 'en.json'), 'utf8')) as Translation).strings;
const A4 = { width: A4_LANDSCAPE.width * PT_PER_MM, height: A4_LANDSCAPE.height * PT_PER_MM };

/** Prints, writes the PDF and its pages as PNG (60 dpi) next to it, and returns the file. */
async function print(name: string, storyId: string, options: Partial<PrintOptions>): Promise<{ file: string; pageCount: number; ms: number }> {
  mkdirSync(OUT, { recursive: true });
  const started = performance.now();
  const printed = await printPdf(inject('baseUrl'), storyId, { ...DEFAULT_OPTIONS, lang: 'id', ...options });
  const ms = Math.round(performance.now() - started);
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, printed.pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(OUT, name)]);
  return { file, pageCount: printed.pageCount, ms };
}

function expectSize(page: { width: number; height: number } | undefined, width: number, height: number): void {
  // Chromium rounds mm to whole CSS pixels: within half a millimetre.
  expect(page!.width).toBeCloseTo(width, -0.2);
  expect(page!.height).toBeCloseTo(height, -0.2);
}

/** The printed number on a plan position (1 is the cover, which has none). */
const numberAt = (position: number | null) => (position === null || position === 1 ? [] : [position - 1]);

describe('npm run print', () => {
  it('prints single A5 pages: cover, the gamebook in order, lessons, helplines', async () => {
    const { file, pageCount } = await print('single-a5-sample', 'sample', { layout: 'single', size: 'a5' });
    const pages = pdfPages(file);
    // Cover, 6 comic pages, 4 lessons on 2 pages (3 to a page), helplines.
    expect(pages).toHaveLength(10);
    expect(pageCount).toBe(10);
    for (const page of pages) expectSize(page, 419.53, 595.28);
    expect(pageText(file, 1)).toContain('Contoh: Tawaran di');
    for (let page = 2; page <= 10; page++) expect(pageNumbers(pageText(file, page))).toEqual([page - 1]);
    expect(squeeze(pageText(file, 2))).toContain(squeeze('Sari! Mau kerja di Hong Kong?'));
    expect(squeeze(pageText(file, 2))).toContain(squeeze('Jika kamu memilih Tanya dulu ke Disnaker → lanjut ke halaman 2'));
    expect(pageText(file, 8)).toContain('Pelajaran');
    expect(pageText(file, 10)).toContain('0800-1000');
    // The art is SVG and stays vector on paper: not one bitmap in the file (pdfimages lists only its header).
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
  });

  it('prints A6 pages, in English, with the choice taken on the path to an ending', async () => {
    const { file } = await print('single-a6-path', 'sample', { layout: 'single', size: 'a6', selection: 'path:bad-stranded', extras: [], lang: 'en' });
    const pages = pdfPages(file);
    expect(pages).toHaveLength(4);
    for (const page of pages) expectSize(page, PAGE_PAPER.a6.width * PT_PER_MM, PAGE_PAPER.a6.height * PT_PER_MM);
    expect(squeeze(pageText(file, 1))).toContain(squeeze('The choice in this story: Take the money and go with Mr Darto'));
    expect(pageText(file, 4)).toContain('THE END:');
  });

  it('imposes an A5 booklet two-up on A4 in folding order, padded with notes pages before the helplines', async () => {
    const { file, pageCount, ms } = await print('booklet-a5-sample', 'sample', { layout: 'booklet-a5' });
    expect(pageCount).toBe(12);
    const sides = impose(pageCount, 'booklet-a5');
    const pages = pdfPages(file);
    expect(pages).toHaveLength(sides.length);
    for (const page of pages) expectSize(page, A4.width, A4.height);
    sides.forEach((side, index) => {
      const [left, right] = side.slots;
      expect(pageNumbers(pageText(file, index + 1, { x: 0, y: 0, width: A4.width / 2, height: A4.height }))).toEqual(numberAt(left!.page));
      expect(pageNumbers(pageText(file, index + 1, { x: A4.width / 2, y: 0, width: A4.width / 2, height: A4.height }))).toEqual(numberAt(right!.page));
    });
    // Folded, the outside of the first sheet is the cover (front) and the helplines (back).
    expect(pageText(file, 1, { x: A4.width / 2, y: 0, width: A4.width / 2, height: A4.height })).toContain('Contoh: Tawaran di');
    expect(pageText(file, 1, { x: 0, y: 0, width: A4.width / 2, height: A4.height })).toContain('0800-1000');
    // Notes pages 9 and 10 fill the booklet to 12: on the back of sheet 1 and the front of sheet 2.
    expect(pageText(file, 2, { x: A4.width / 2, y: 0, width: A4.width / 2, height: A4.height })).toContain('Catatan');
    expect(pageText(file, 3, { x: 0, y: 0, width: A4.width / 2, height: A4.height })).toContain('Catatan');
    console.log(`booklet-a5 sample: ${pageCount} pages on ${pages.length} sides in ${ms} ms`);
  });

  it('lays an A7 zine out on one A4 sheet per 8 pages, top row upside down, then the folding guide', async () => {
    const { file, pageCount } = await print('zine-a7-sample', 'sample', { layout: 'zine-a7' });
    expect(pageCount).toBe(16);
    const sides = impose(pageCount, 'zine-a7');
    const pages = pdfPages(file);
    expect(pages).toHaveLength(sides.length + 1);
    for (const page of pages) expectSize(page, A4.width, A4.height);
    const cell = { width: A4.width / 4, height: A4.height / 2 };
    sides.forEach((side, index) => {
      side.slots.forEach((slot, at) => {
        const area = { x: (at % 4) * cell.width, y: Math.floor(at / 4) * cell.height, ...cell };
        expect(pageNumbers(pageText(file, index + 1, area)), `sheet ${index + 1} cell ${at + 1}`).toEqual(numberAt(slot.page));
      });
    });
    expect(pageText(file, 3)).toContain('Cara melipat zine satu lembar');
  });

  it('prints a gamebook where every "turn to page N" leads to the page where that scene begins', async () => {
    const story = storyOf('jalan-sari');
    const strings = english('jalan-sari');
    const en = (key: string, source: string) => strings[key]?.text ?? source;
    const { file, pageCount } = await print('gamebook-en-jalan-sari', 'jalan-sari', { layout: 'single', selection: 'gamebook', extras: [], lang: 'en' });
    const pages = Array.from({ length: pageCount }, (_, index) => squeeze(pageText(file, index + 1)));
    const printed = (number: number) => pages.find((text) => pageNumbers(text).includes(number)) ?? '';
    /** A balloon of a scene as printed: the first opens the scene's first page, the last closes its last page. */
    const balloonOf = (sceneId: string, which: 'first' | 'last') => {
      const places = scenePanels(story.scenes.find((scene) => scene.id === sceneId)!).filter((place) => place.panel.balloons.length > 0);
      const place = which === 'first' ? places[0]! : places.at(-1)!;
      const balloon = which === 'first' ? place.panel.balloons[0]! : place.panel.balloons.at(-1)!;
      return squeeze(en(storyKeys.balloon(place.panel.id, balloon.id), balloon.text));
    };
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    let followed = 0;
    for (const scene of story.scenes) {
      const end = scene.then;
      if (end.kind === 'choices') {
        for (const choice of end.choices) {
          // "If you choose <choice> → turn to page N", on the page that closes the scene.
          const line = new RegExp(`${escape(squeeze(en(storyKeys.choice(choice.id), choice.text)))}→turntopage(\\d+)`);
          const where = pages.filter((text) => line.test(text));
          expect(where, `the choice ${choice.id} is printed once`).toHaveLength(1);
          expect(where[0]).toContain(balloonOf(scene.id, 'last'));
          const target = Number(line.exec(where[0]!)![1]);
          expect(printed(target), `choice ${choice.id}: page ${target} opens scene ${choice.target}`).toContain(balloonOf(choice.target, 'first'));
          followed++;
        }
      } else if (end.kind === 'next') {
        const closing = pages.find((text) => text.includes(balloonOf(scene.id, 'last')))!;
        const turn = /Turntopage(\d+)\./.exec(closing);
        // Without "turn to", the next scene simply continues on the following page.
        const target = turn ? Number(turn[1]) : pageNumbers(closing)[0]! + 1;
        expect(printed(target), `after ${scene.id}, page ${target} opens ${end.scene}`).toContain(balloonOf(end.scene, 'first'));
        if (turn) followed++;
      }
    }
    // Every instruction printed anywhere was one of those followed: 10 choices and 3 "turn to page" links.
    expect(pages.reduce((count, text) => count + [...text.matchAll(/turntopage\d+/gi)].length, 0)).toBe(followed);
    expect(followed).toBe(13);
    // A choice with a condition says what to check on paper: the Disnaker scene starts on page 5.
    expect(pages.some((text) => text.includes(squeeze('individual brokers are banned, sir." → turn to page 8 Only if you have read page 5.')))).toBe(true);
    expect(pages.filter((text) => text.includes('THEEND:'))).toHaveLength(2);
  });

  it('prints in grays for photocopying', async () => {
    const { file } = await print('single-a5-gray', 'sample', { layout: 'single', selection: 'pages:page-1', extras: ['cover'], gray: true });
    for (const page of [1, 2]) {
      const pixels = pagePixels(file, page);
      let colourful = 0;
      for (let i = 0; i < pixels.length; i += 3) if (Math.max(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) - Math.min(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) > 12) colourful++;
      expect(colourful, `coloured pixels on page ${page}`).toBe(0);
    }
  });
});
