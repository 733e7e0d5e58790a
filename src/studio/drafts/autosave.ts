/**
 * Autosave: every change is written shortly after it (debounced), at once when asked (the page is hidden or closed),
 * and again and again while storage refuses it (a full phone): the latest draft stays in memory until a write
 * succeeds. A conflict (another tab stored the draft) stops the writing and is told; nothing is overwritten.
 * No React here: the editor's hook (use-draft.ts) drives it.
 */
import type { Draft } from './draft';
import type { SaveResult } from './draft-store';

export type SaveStatus = 'saved' | 'waiting' | 'saving' | 'full' | 'failed' | 'conflict';

export interface AutosaveOptions {
  save: (draft: Draft) => Promise<SaveResult>;
  /** The revision the draft was read at. */
  revision: number;
  onStatus: (status: SaveStatus) => void;
  onConflict: (stored: Draft) => void;
  delayMs?: number;
  retryMs?: number;
}

export interface Autosaver {
  change: (draft: Draft) => void;
  /** Writes the latest change now; resolves when it is stored (or could not be). */
  flush: () => Promise<void>;
  /** The revision last stored (a take-over starts from it). */
  revision: () => number;
  dispose: () => void;
}

export function createAutosaver({ save, revision: startRevision, onStatus, onConflict, delayMs = 400, retryMs = 3000 }: AutosaveOptions): Autosaver {
  let revision = startRevision;
  let pending: Draft | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | null = null;
  let stopped = false;
  // A write still in flight when the editor closes must not report to a screen that is gone.
  let disposed = false;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void write(), ms);
  };

  const write = async (): Promise<void> => {
    if (writing) return writing.then(() => (pending && !stopped ? write() : undefined));
    const draft = pending;
    if (!draft || stopped) return;
    clearTimeout(timer);
    onStatus('saving');
    writing = (async () => {
      try {
        const result = await save({ ...draft, revision });
        if (disposed) return;
        if (result.kind === 'conflict') {
          stopped = true;
          onStatus('conflict');
          onConflict(result.stored);
          return;
        }
        revision = result.revision;
        if (pending === draft) {
          pending = null;
          onStatus('saved');
        } else schedule(delayMs);
      } catch (error) {
        if (disposed) return;
        // Kept in memory; tried again until storage takes it.
        onStatus(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'failed');
        schedule(retryMs);
      }
    })();
    await writing;
    writing = null;
  };

  return {
    change(draft) {
      if (stopped) return;
      pending = draft;
      onStatus('waiting');
      schedule(delayMs);
    },
    flush: () => write(),
    revision: () => revision,
    dispose() {
      stopped = true;
      disposed = true;
      clearTimeout(timer);
    },
  };
}
