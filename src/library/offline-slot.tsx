/**
 * Where a bundled story's card shows its offline copy (story-offline.tsx). Its code and the saving code come after the
 * first screen, in their own chunk, and only where stories can be saved; stories on this phone are offline already.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { canSaveOffline } from '../content/offline/can-save';
import { isLocalStoryId } from '../content/local/local-id';

const StoryOffline = lazy(() => import('./story-offline').then((module) => ({ default: module.StoryOffline })));

const unchanging = () => () => undefined;

export function OfflineSlot({ storyId, describedBy }: { storyId: string; describedBy: string }) {
  // Empty in the page's own library, made at build time (first-screen.tsx), and so while the app takes that library
  // over (hydrates it); filled right after.
  const savable = useSyncExternalStore(unchanging, canSaveOffline, () => false);
  if (isLocalStoryId(storyId) || !savable) return null;
  return (
    <Suspense fallback={null}>
      <StoryOffline storyId={storyId} describedBy={describedBy} />
    </Suspense>
  );
}
