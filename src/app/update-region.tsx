/**
 * Where an update is announced. The prompt's code (the service worker's registration with it) is not in the first
 * script (issue 21): it registers the worker only after the page has loaded anyway, so it is fetched once the app has
 * rendered and takes this empty region's place.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { QuietUpdateRegion } from './quiet-update-region';

type Prompt = ComponentType<{ reading: boolean }>;

export function UpdateRegion({ reading }: { reading: boolean }) {
  const [Prompt, setPrompt] = useState<Prompt | null>(null);
  useEffect(() => {
    // Rendered by a plain update after the app is on the screen, not as part of a render React may set aside: the
    // prompt registers the service worker as it first renders, and must do so once, in a component that stays.
    let live = true;
    void import('./update-prompt').then(
      (module) => {
        if (live) setPrompt(() => module.UpdatePrompt);
      },
      // A file that cannot be fetched (gone after an update) leaves the region empty: the next start asks again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return Prompt ? <Prompt reading={reading} /> : <QuietUpdateRegion />;
}
