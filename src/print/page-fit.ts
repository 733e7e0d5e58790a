/**
 * Whether each printed comic page holds paper's minimum text sizes (MIN_BALLOON_PT, MIN_NAME_PT), measured on the
 * laid-out sheets, and what to change where it does not: a scene end printed on the page after (when the art, freed of
 * it, would hold the minimum), the balloons listed under each panel, and such a page continued on the next printed
 * pages. What no change can mend is a problem the print screen and `npm run print` name.
 */
import { MIN_BALLOON_PT, MIN_NAME_PT } from '../paper/paper';

/** How the pages are fitted so far (PlanOptions' endsApart, textBelow and breaks). */
export interface PageFit {
  endsApart: ReadonlySet<string>;
  textBelow: ReadonlySet<string>;
  breaks: ReadonlyMap<string, readonly number[]>;
}

export const NO_FIT: PageFit = { endsApart: new Set(), textBelow: new Set(), breaks: new Map() };

/** What one measure asks to change: each only adds, so fitting settles. */
export interface Refit {
  endsApart: string[];
  textBelow: string[];
  breaks: [pageId: string, panel: number][];
}

export interface FitProblem {
  /** The printed page number. */
  page: number;
  /** small-text: the words print smaller than the minimum; too-tall: one picture with its words is taller than a page. */
  reason: 'small-text' | 'too-tall';
}

export function withRefit(fit: PageFit, refit: Refit): PageFit {
  const breaks = new Map(fit.breaks);
  for (const [pageId, panel] of refit.breaks) breaks.set(pageId, [...(breaks.get(pageId) ?? []), panel]);
  return { endsApart: new Set([...fit.endsApart, ...refit.endsApart]), textBelow: new Set([...fit.textBelow, ...refit.textBelow]), breaks };
}

const PT_PER_PX = 0.75;

/** The comic pages under `root` (an A6 booklet prints each twice: measured once), what to change, and what cannot be. */
export function measureFit(root: HTMLElement, fit: PageFit): { refit: Refit | null; problems: FitProblem[] } {
  const refit: Refit = { endsApart: [], textBelow: [], breaks: [] };
  const problems: FitProblem[] = [];
  const seen = new Set<string>();
  for (const page of root.querySelectorAll<HTMLElement>('.printed-comic[data-page-id]')) {
    const pageId = page.dataset.pageId!;
    const key = `${pageId} ${page.dataset.part ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const number = Number(page.dataset.page);
    const sizes = textSizes(page);
    const small = sizes.balloon < MIN_BALLOON_PT - 0.05 || sizes.name < MIN_NAME_PT - 0.05;
    if (page.querySelector('.comic-page')) {
      if (!small) continue;
      // Over the art: without the scene end under it, would the art (and with it the text) grow enough?
      const end = page.querySelector<HTMLElement>('.scene-end');
      if (end && !fit.endsApart.has(pageId) && growth(page, end) * Math.min(sizes.balloon / MIN_BALLOON_PT, sizes.name / MIN_NAME_PT) >= 1)
        refit.endsApart.push(pageId);
      else refit.textBelow.push(pageId);
      continue;
    }
    if (small) problems.push({ page: number, reason: 'small-text' });
    const over = overflow(page);
    if (over.kind === 'fits') continue;
    if (over.kind === 'breaks') refit.breaks.push(...over.at.map((panel) => [pageId, panel] as [string, number]));
    else if (over.kind === 'end' && !fit.endsApart.has(pageId)) refit.endsApart.push(pageId);
    else problems.push({ page: number, reason: 'too-tall' });
  }
  const changed = refit.endsApart.length + refit.textBelow.length + refit.breaks.length > 0;
  return { refit: changed ? refit : null, problems: dedupe(problems) };
}

/** The smallest balloon text and speaker name on the page, in points (Infinity when it has none). */
function textSizes(page: HTMLElement): { balloon: number; name: number } {
  const smallest = (selector: string) =>
    Math.min(...[...page.querySelectorAll<HTMLElement>(selector)].map((element) => parseFloat(getComputedStyle(element).fontSize) * PT_PER_PX));
  return { balloon: smallest('.balloon-text'), name: smallest('.balloon-speaker') };
}

/** How much wider the art would print without the scene end under it (its text grows with it). */
function growth(page: HTMLElement, end: HTMLElement): number {
  const stage = page.querySelector<HTMLElement>('.page-stage');
  const art = page.querySelector<HTMLElement>('.comic-page');
  if (!stage || !art || art.offsetWidth === 0 || art.offsetHeight === 0) return 1;
  const gap = parseFloat(getComputedStyle(page.querySelector('.printed-body')!).rowGap) || 0;
  const wider = Math.min(stage.clientWidth, (stage.clientHeight + end.offsetHeight + gap) * (art.offsetWidth / art.offsetHeight));
  return wider / art.offsetWidth;
}

type Overflow = { kind: 'fits' } | { kind: 'breaks'; at: number[] } | { kind: 'end' } | { kind: 'panel' };

/**
 * A page with its text below that is taller than the printed page: where to begin new printed pages (as many panels
 * to each as fit, measured in one go), or that only the scene end does not fit, or that one panel alone does not.
 */
function overflow(page: HTMLElement): Overflow {
  const body = page.querySelector<HTMLElement>('.printed-body')!;
  const room = body.getBoundingClientRect();
  const panels = [...body.querySelectorAll<HTMLElement>('.print-strip-panel')].map((panel) => panel.getBoundingClientRect());
  const lowest = Math.max(...[...body.children].map((child) => child.getBoundingClientRect().bottom));
  if (lowest <= room.bottom + 1) return { kind: 'fits' };
  const from = Number(page.dataset.part ?? 0);
  const at: number[] = [];
  let top = room.top;
  panels.forEach((panel, index) => {
    if (index > 0 && panel.bottom - top > room.height + 1) {
      at.push(from + index);
      top = panel.top;
    }
  });
  if (at.length > 0) return { kind: 'breaks', at };
  return (panels.at(-1)?.bottom ?? room.top) <= room.bottom + 1 ? { kind: 'end' } : { kind: 'panel' };
}

function dedupe(problems: FitProblem[]): FitProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.page} ${problem.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
