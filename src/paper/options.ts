/**
 * The print options as a URL query (?layout=booklet-a5&selection=gamebook&size=a5&extras=cover,helplines&gray=1&cover=colour&lang=en&run=fronts),
 * so the screen, a shared link and the command line (tools/print.ts) print the same pages.
 */
import type { PathStep } from '../engine';
import { PRINT_RUNS, printsTwoSided, type PrintRun } from './duplex';
import type { Story } from '../story/schema';
import type { Extra, Selection } from './plan';
import type { Layout, PageSize } from './paper';

/** The selection as written in the URL: all, gamebook, path:reader, path:<ending ID>, pages:<page ID>,<page ID>… */
export type SelectionText = string;

export interface PrintOptions {
  layout: Layout;
  size: PageSize;
  selection: SelectionText;
  extras: Extra[];
  gray: boolean;
  /** With gray: the cover keeps its colour (a colour print of the first sheet, photocopies of the rest). */
  coverColour: boolean;
  /** The language to print in; null follows the app's language. */
  lang: string | null;
  /** Two-sided printing by hand: the run of fronts or of backs (a two-sided layout only); both with a duplex printer. */
  run: PrintRun;
}

export const LAYOUTS: readonly Layout[] = ['single', 'booklet-a5', 'booklet-a6', 'zine-a7'];
export const SIZES: readonly PageSize[] = ['a5', 'a6'];
export const EXTRAS: readonly Extra[] = ['cover', 'lessons', 'helplines'];

export const DEFAULT_OPTIONS: PrintOptions = {
  layout: 'single',
  size: 'a5',
  selection: 'gamebook',
  extras: ['cover', 'lessons', 'helplines'],
  gray: false,
  coverColour: false,
  lang: null,
  run: 'both',
};

export function readOptions(query: string): PrintOptions {
  const params = new URLSearchParams(query);
  const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  const extras = params.get('extras');
  return {
    layout: pick(params.get('layout'), LAYOUTS, DEFAULT_OPTIONS.layout),
    // A7 is only the zine's cell; a single page is A5 or A6.
    size: pick(params.get('size'), SIZES, DEFAULT_OPTIONS.size),
    selection: params.get('selection') || DEFAULT_OPTIONS.selection,
    extras: extras === null ? DEFAULT_OPTIONS.extras : EXTRAS.filter((extra) => extras.split(',').includes(extra)),
    gray: params.get('gray') === '1',
    coverColour: params.get('cover') === 'colour',
    lang: /^[a-z]{2,3}$/.test(params.get('lang') ?? '') ? params.get('lang') : null,
    run: pick(params.get('run'), PRINT_RUNS, DEFAULT_OPTIONS.run),
  };
}

export function writeOptions(options: PrintOptions): string {
  const params = new URLSearchParams({ layout: options.layout, size: options.size, selection: options.selection, extras: options.extras.join(',') });
  if (options.gray) params.set('gray', '1');
  if (options.gray && options.coverColour) params.set('cover', 'colour');
  if (options.lang) params.set('lang', options.lang);
  if (options.run !== 'both' && printsTwoSided(options.layout)) params.set('run', options.run);
  return `?${params.toString()}`;
}

/**
 * The selection the text names, or null when it names nothing in this story (an ending of another story, left in
 * the address from an earlier print) or path:reader without a saved path. Pages of other stories are dropped.
 */
export function toSelection(text: SelectionText, story: Story, readerPath: PathStep[] | null): Selection | null {
  if (text === 'all' || text === 'gamebook') return { kind: text };
  if (text === 'path:reader') return readerPath && readerPath.length > 0 ? { kind: 'reader-path', steps: readerPath } : null;
  if (text.startsWith('path:')) {
    const ending = text.slice('path:'.length);
    return story.endings.some((item) => item.id === ending) ? { kind: 'ending-path', ending } : null;
  }
  if (text.startsWith('pages:')) {
    const known = new Set(story.scenes.flatMap((scene) => scene.pages.map((page) => page.id)));
    // None yet is a choice in the making: the pages appear as they are ticked.
    return {
      kind: 'pages',
      pages: text
        .slice('pages:'.length)
        .split(',')
        .filter((id) => known.has(id)),
    };
  }
  return null;
}
