/** The lessons catalog for components: loaded once, its text registered with i18next. */
import { useEffect, useState } from 'react';
import type { Lesson } from '../story/schema';
import { loadBundledCatalog } from './load-catalog';
import { registerCatalog } from './text';

export type CatalogState = { status: 'loading' } | { status: 'ready'; lessons: Lesson[] } | { status: 'failed'; message: string; retry: () => void };

/** `wanted` false defers the loading (and the validation) until it is needed. A failed fetch can be retried. */
export function useCatalog(wanted = true): CatalogState {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadBundledCatalog().then((result) => {
      if (!live) return;
      if (result.ok) {
        registerCatalog(result.catalog, result.translations);
        setState({ status: 'ready', lessons: result.catalog.lessons });
      } else {
        const retry = () => {
          setState({ status: 'loading' });
          setAttempt((count) => count + 1);
        };
        setState({ status: 'failed', message: result.problems.map((problem) => `${problem.file} ${problem.path}: ${problem.message}`).join('\n'), retry });
      }
    });
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  return state;
}
