/**
 * How the print screen fits a comic page to paper's minimum text sizes (src/print/page-fit.ts), on pages whose sizes
 * are given as a browser would lay them out: what it changes, and what it names as a problem when nothing can mend it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { measureFit, NO_FIT } from '../../src/print/page-fit';

afterEach(() => document.body.replaceChildren());

type Box = { top: number; bottom: number };

function boxed<T extends HTMLElement>(element: T, box: Box, sizes: Record<string, number> = {}): T {
  element.getBoundingClientRect = () => ({ ...box, height: box.bottom - box.top, left: 0, right: 100, width: 100, x: 0, y: box.top, toJSON: () => box });
  for (const [name, value] of Object.entries(sizes)) Object.defineProperty(element, name, { value });
  return element;
}

function element(tag: string, className: string, children: HTMLElement[] = []): HTMLElement {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

/** A balloon with a speaker, its text and name at these sizes in CSS px (0.75 pt each). */
const balloon = (px: number) => {
  const text = element('span', 'balloon-text');
  const name = element('span', 'balloon-speaker');
  text.style.fontSize = `${px}px`;
  name.style.fontSize = `${Math.max(px * 0.7, 8)}px`;
  return element('p', 'balloon', [name, text]);
};

function printedPage(body: HTMLElement[], { part }: { part?: number } = {}): HTMLElement {
  const page = element('article', 'printed-page printed-comic', [boxed(element('div', 'printed-body', body), { top: 0, bottom: 100 })]);
  page.dataset.pageId = 'p-1';
  page.dataset.page = '3';
  if (part !== undefined) page.dataset.part = String(part);
  document.body.append(page);
  return page;
}

/** A page whose text is under its panels: each panel's box and the scene end's, if any. */
const strip = (panels: Box[], end?: Box, px = 10) => [
  boxed(
    element(
      'div',
      'print-strip',
      panels.map((box) => boxed(element('div', 'print-strip-panel', [balloon(px)]), box)),
    ),
    { top: 0, bottom: Math.max(...panels.map((box) => box.bottom)) },
  ),
  ...(end ? [boxed(element('div', 'scene-end'), end)] : []),
];

/** A page over its art (0.7071 wide to tall), its text at `px`, and a scene end under it `endHeight` tall. */
function overArt(px: number, endHeight?: number): HTMLElement[] {
  const art = boxed(element('div', 'comic-page', [balloon(px)]), { top: 0, bottom: 424 }, { offsetWidth: 300, offsetHeight: 424 });
  const stage = boxed(element('div', 'page-stage', [art]), { top: 0, bottom: 424 }, { clientWidth: 400, clientHeight: 424 });
  return [stage, ...(endHeight ? [boxed(element('div', 'scene-end'), { top: 424, bottom: 424 + endHeight }, { offsetHeight: endHeight })] : [])];
}

describe('fitting a printed comic page to 7 pt balloon text and 6 pt names', () => {
  it('keeps a page whose text is large enough over its art, and lists the balloons of one whose text is not', () => {
    printedPage(overArt(10));
    expect(measureFit(document.body, NO_FIT)).toEqual({ refit: null, problems: [] });
    document.body.replaceChildren();
    printedPage(overArt(8.8));
    expect(measureFit(document.body, NO_FIT).refit).toEqual({ endsApart: [], textBelow: ['p-1'], breaks: [] });
  });

  it('prints the scene end on the page after when the art, freed of it, would hold the minimum', () => {
    // 6.6 pt over art 300 px wide; without a 20 px end it grows to 314 px (6.9 pt): not enough, the text goes below.
    printedPage(overArt(8.8, 20));
    expect(measureFit(document.body, NO_FIT).refit?.textBelow).toEqual(['p-1']);
    document.body.replaceChildren();
    // Without a 60 px end the art grows to 342 px: 7.5 pt.
    printedPage(overArt(8.8, 60));
    expect(measureFit(document.body, NO_FIT).refit).toEqual({ endsApart: ['p-1'], textBelow: [], breaks: [] });
    // Once apart, what is left is to list the balloons.
    expect(measureFit(document.body, { ...NO_FIT, endsApart: new Set(['p-1']) }).refit?.textBelow).toEqual(['p-1']);
  });

  it('continues a page taller than the paper on the next, as many panels to a page as fit, counted from its part', () => {
    const panels = [
      { top: 0, bottom: 40 },
      { top: 45, bottom: 85 },
      { top: 90, bottom: 130 },
      { top: 135, bottom: 175 },
    ];
    printedPage(strip(panels));
    // The same page twice (an A6 booklet prints each page on both halves): measured once.
    printedPage(strip(panels));
    expect(measureFit(document.body, NO_FIT).refit?.breaks).toEqual([['p-1', 2]]);
    document.body.replaceChildren();
    printedPage(strip(panels), { part: 3 });
    expect(measureFit(document.body, NO_FIT).refit?.breaks).toEqual([['p-1', 5]]);
  });

  it('sets the scene end apart when only it does not fit, and names what cannot be mended', () => {
    const fits = [
      { top: 0, bottom: 40 },
      { top: 45, bottom: 85 },
    ];
    printedPage(strip(fits, { top: 88, bottom: 120 }));
    expect(measureFit(document.body, NO_FIT).refit?.endsApart).toEqual(['p-1']);
    // Already apart and still too tall; one panel taller than the page; words under the pictures still too small.
    expect(measureFit(document.body, { ...NO_FIT, endsApart: new Set(['p-1']) })).toEqual({ refit: null, problems: [{ page: 3, reason: 'too-tall' }] });
    document.body.replaceChildren();
    printedPage(strip([{ top: 0, bottom: 150 }]));
    expect(measureFit(document.body, NO_FIT)).toEqual({ refit: null, problems: [{ page: 3, reason: 'too-tall' }] });
    document.body.replaceChildren();
    printedPage(strip(fits, undefined, 9));
    expect(measureFit(document.body, NO_FIT)).toEqual({ refit: null, problems: [{ page: 3, reason: 'small-text' }] });
  });
});
