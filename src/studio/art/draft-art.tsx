/**
 * A draft's own pictures while it is open: read once from IndexedDB, shown through object URLs (revoked when the
 * draft closes), and given to the comic's panels in place of the app's files. Uploads add to it once stored.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ArtSource } from '../../comic/art-source';
import { artUrl } from '../../content/bundled';
import { draftArt, pruneDraftArt, putDraftArt } from './art-store';

export interface DraftArt {
  files: ReadonlyMap<string, Blob>;
  /** Stores the picture, then shows it; throws (a full disk) and changes nothing when it cannot be stored. */
  add: (name: string, blob: Blob) => Promise<void>;
}

const none: DraftArt = { files: new Map(), add: () => Promise.reject(new Error('no draft is open')) };
const DraftArtContext = createContext<DraftArt>(none);

export const useDraftArt = () => useContext(DraftArtContext);

interface Held {
  blob: Blob;
  url: string;
}

interface ProviderProps {
  draftId: string;
  /** The pictures the story shows as it is opened: any other of the draft's is deleted first. Null: keep all (read only). */
  inUse: readonly string[] | null;
  children: ReactNode;
}

export function DraftArtProvider({ draftId, inUse, children }: ProviderProps) {
  // Null until read: the editor waits for it, so no panel asks the app for a picture that is the draft's own.
  const [held, setHeld] = useState<ReadonlyMap<string, Held> | null>(null);
  // Every object URL made for this draft, revoked when it closes (names are never reused, so none is replaced).
  const made = useRef<string[]>([]);
  const hold = useCallback((blob: Blob): Held => {
    const url = URL.createObjectURL(blob);
    made.current.push(url);
    return { blob, url };
  }, []);
  // Read once as the draft opens: later edits change what is in use, but undo may still bring a picture back.
  const opened = useRef(inUse);
  useEffect(() => {
    let open = true;
    // A draft whose pictures cannot be read shows its panels' descriptions, as a missing picture does.
    const pruned = opened.current ? pruneDraftArt(draftId, opened.current).catch(() => []) : Promise.resolve([]);
    pruned
      .then(() => draftArt(draftId))
      .then(
        (stored) => open && setHeld(new Map([...stored].map(([name, blob]) => [name, hold(blob)]))),
        () => open && setHeld(new Map()),
      );
    return () => {
      open = false;
      made.current.forEach((url) => URL.revokeObjectURL(url));
      made.current = [];
    };
  }, [draftId, hold]);

  const add = useCallback(
    async (name: string, blob: Blob) => {
      await putDraftArt(draftId, new Map([[name, blob]]));
      setHeld((current) => new Map(current).set(name, hold(blob)));
    },
    [draftId, hold],
  );
  const value = useMemo(() => ({ files: new Map([...(held ?? [])].map(([name, { blob }]) => [name, blob])), add }), [held, add]);
  const source = useCallback((folder: string, fileName: string) => held?.get(fileName)?.url ?? artUrl(folder, fileName), [held]);
  if (!held) return null;
  return (
    <DraftArtContext.Provider value={value}>
      <ArtSource.Provider value={source}>{children}</ArtSource.Provider>
    </DraftArtContext.Provider>
  );
}
