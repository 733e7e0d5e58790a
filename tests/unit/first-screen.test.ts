/**
 * The page's own HTML (the first screens rendered at build time) must not grow with the library (issue 21): with ten
 * stories or a hundred, the library in it holds the same first screenful of cards.
 */
import { createElement, type FC } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { StorySummary } from '../../src/content/summary';
import type { Route } from '../../src/ui/routes';
import { rawText, readingEdits } from '../../tools/vite-first-screens';

const library = vi.hoisted(() => ({ summaries: [] as StorySummary[] }));
vi.mock('../../src/content/summaries', () => ({
  get storySummaries() {
    return library.summaries;
  },
  get readerSummaries() {
    return library.summaries;
  },
  AUTHOR_STORIES: new Set(['sample']),
}));

function stories(count: number): StorySummary[] {
  return Array.from({ length: count }, (_, n) => ({
    ok: true,
    id: `cerita-${n + 1}`,
    file: `stories/cerita-${n + 1}/story.json`,
    language: 'id',
    title: { id: `Cerita nomor ${n + 1}` },
    summary: { id: 'Sebuah cerita tentang bekerja di luar negeri dengan aman, dari awal sampai akhir.' },
    cover: 'cover.svg',
    firstArt: null,
    panels: 40,
    endings: 3,
    languages: ['id', 'en'],
  }));
}

/** The library as first-screen.tsx renders it into the page at build time. */
async function libraryHtml(count: number): Promise<string> {
  library.summaries = stories(count);
  const [{ App }, { initI18n, SOURCE_LANGUAGE }] = await Promise.all([import('../../src/app/app'), import('../../src/app/i18n')]);
  initI18n(SOURCE_LANGUAGE);
  const route: Route = { screen: 'library' };
  return renderToString(createElement(App as FC<{ route: Route }>, { route }));
}

describe("the page's first screen", () => {
  it('holds the same first screenful of cards with 10 stories as with 100', async () => {
    const ten = await libraryHtml(10);
    const hundred = await libraryHtml(100);
    const cards = (html: string) => html.match(/class="story-card"/g)?.length ?? 0;
    expect(cards(ten)).toBe(6);
    expect(cards(hundred)).toBe(6);
    // The same cards, so the same page: only the story numbers' digits may differ.
    expect(Math.abs(hundred.length - ten.length)).toBeLessThan(50);
    expect(hundred).not.toContain('cerita-7');
  }, 20_000);

  it('keeps a reading screen as text only while it cannot end its script early', () => {
    expect(rawText('<div class="panel"><p>Halo &lt;/script&gt;</p></div>')).toContain('panel');
    expect(() => rawText('<p>a</p></script><script>alert(1)</script>')).toThrow();
  });

  it("keeps a story's reading screen as its few differences from the shared one", () => {
    const screen = (title: string, art: string, words: string) =>
      `<div class="reader"><header><h1>${title}</h1><a href="#/">Kembali</a></header><div class="guided-stage"><img class="panel-art" src="${art}" alt="${words}"/>` +
      `<p class="balloon-text">${words}</p><p class="balloon-text">&lt;b&gt;</p></div><nav><button class="step-back">Kembali</button><button class="step-next">Lanjut</button></nav></div>`;
    const shell = screen('Janji di Dermaga', 'a.webp', 'Pelabuhan pagi hari.');
    const other = screen('Keluarga Nita', 'b.webp', 'Malam hari.');
    expect(readingEdits(shell, shell)).toEqual([]);
    const edits = readingEdits(shell, other);
    // Only what differs is kept: the title, the picture's tag and the words.
    expect(edits.filter((edit) => typeof edit === 'string').join('')).toBe('Keluarga Nita<img class="panel-art" src="b.webp" alt="Malam hari."/>Malam hari.');
    // Nothing alike: the whole shell dropped, the screen put in whole.
    const unlike = readingEdits(shell, '<em>nothing alike</em>');
    expect([unlike.length, unlike[0], unlike[2]]).toEqual([3, 0, '<em>nothing alike</em>']);
  });
});
