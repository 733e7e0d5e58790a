/**
 * When the sheets may go to paper (data-print-ready, which `npm run print` waits on): every picture has loaded (or
 * failed and shows its description), the print fonts are in, and every comic page holds paper's minimum text sizes
 * or is named as a problem (page-fit.ts). Changes the measure asks for go to onRefit: the plan changes, and the wait
 * starts again. Each pass only adds to the fit, so it settles.
 */
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import { measureFit, type FitProblem, type PageFit, type Refit } from './page-fit';
import { loadPrintFonts } from './print-fonts';

interface Fitting {
  /** Names what is on the sheets: a change starts the wait again. */
  printed: string;
  fit: PageFit;
  onRefit: (refit: Refit) => void;
  onProblems: (problems: FitProblem[]) => void;
}

export function usePrintReady(root: RefObject<HTMLElement | null>, { printed, fit, onRefit, onProblems }: Fitting): boolean {
  const [readyFor, setReadyFor] = useState<string | null>(null);
  const settle = useEffectEvent(() => {
    const measured = root.current ? measureFit(root.current, fit) : { refit: null, problems: [] };
    if (measured.refit) return onRefit(measured.refit);
    onProblems(measured.problems);
    setReadyFor(printed);
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
