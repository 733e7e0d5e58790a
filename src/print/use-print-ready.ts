/**
 * When the sheets may go to paper (data-print-ready, which `npm run print` waits on): every picture has loaded (or
 * failed and shows its description), the print fonts are in, and no scene end squeezes its art below the page size's
 * MIN_ART_SHARE. Such ends are handed to onEndsApart, which prints them on the following page; the plan changes, and
 * the wait starts again. Each pass only adds pages to the set, so it settles after one more pass.
 */
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import { loadPrintFonts } from './print-fonts';

interface Fitting {
  /** Names what is on the sheets: a change starts the wait again. */
  printed: string;
  minArtShare: number;
  endsApart: ReadonlySet<string>;
  onEndsApart: (pageIds: string[]) => void;
}

export function usePrintReady(root: RefObject<HTMLElement | null>, { printed, minArtShare, endsApart, onEndsApart }: Fitting): boolean {
  const [readyFor, setReadyFor] = useState<string | null>(null);
  const settle = useEffectEvent(() => {
    const squeezed = root.current ? squeezedEnds(root.current, minArtShare).filter((id) => !endsApart.has(id)) : [];
    if (squeezed.length > 0) onEndsApart(squeezed);
    else setReadyFor(printed);
  });
  useEffect(() => {
    let live = true;
    const images = [...(root.current?.querySelectorAll('img') ?? [])];
    const loaded = images.map((image) =>
      image.complete
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            image.addEventListener('load', () => resolve(), { once: true });
            image.addEventListener('error', () => resolve(), { once: true });
          }),
    );
    void Promise.all([...loaded, loadPrintFonts(), document.fonts?.ready]).then(() => {
      if (live) settle();
    });
    return () => {
      live = false;
    };
  }, [root, printed]);
  return readyFor === printed;
}

/**
 * Comic pages (their page IDs) whose art, with the scene end under it, is narrower than `minArtShare` of the page. The
 * art keeps its proportions inside the space left to it, so its width tells how small its balloons print. Sizes are
 * layout sizes (offsetWidth), the same whatever the preview's zoom.
 */
function squeezedEnds(root: HTMLElement, minArtShare: number): string[] {
  return [...root.querySelectorAll<HTMLElement>('.printed-comic[data-page-id]')].flatMap((page) => {
    const stage = page.querySelector<HTMLElement>('.page-stage');
    const art = page.querySelector<HTMLElement>('.comic-page');
    if (!stage || !art || !page.querySelector('.scene-end') || stage.clientWidth === 0) return [];
    return art.offsetWidth < minArtShare * stage.clientWidth ? [page.dataset.pageId!] : [];
  });
}
