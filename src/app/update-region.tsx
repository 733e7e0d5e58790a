/**
 * Where an update is announced. The prompt's code (the service worker's registration with it) is not in the first
 * script (issue 21): it is fetched once the page has loaded and gone quiet (when-quiet.ts), and takes this empty
 * region's place; registering the worker then starts the first visit's saving of the app for offline use.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { QuietUpdateRegion } from './quiet-update-region';
import { whenQuiet } from './when-quiet';

type Prompt = ComponentType<{ reading: boolean }>;

export function UpdateRegion({ reading }: { reading: boolean }) {
  const [Prompt, setPrompt] = useState<Prompt | null>(null);
  useEffect(() => {
    // Rendered by a plain update after the app is on the screen, not as part of a render React may set aside: the
    // prompt registers the service worker as it first renders, and must do so once, in a component that stays.
    let live = true;
    const cancel = whenQuiet(() => {
      void import('./update-prompt').then(
        (module) => {
          if (live) setPrompt(() => module.UpdatePrompt);
        },
        // A file that cannot be fetched (gone after an update) leaves the region empty: the next start asks again.
        () => undefined,
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  return Prompt ? <Prompt reading={reading} /> : <QuietUpdateRegion />;
}
