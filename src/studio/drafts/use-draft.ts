/**
 * One draft open in the editor: its history (undo/redo), autosave, and the watch on other tabs. The pure parts are
 * draft.ts, history.ts and autosave.ts; this hook wires them to IndexedDB, the page's lifecycle and the other tabs.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story, Translation } from '../../story/schema';
import { createAutosaver, type Autosaver, type SaveStatus } from './autosave';
import { copyDraftArt, putDraftArt } from '../art/art-store';
import { createDraft, duplicated, newDraftId, renamed, withStory, withTranslations, type Draft } from './draft';
import { deleteDraft, getDraft, saveDraft } from './draft-store';
import { record, redo, startHistory, undo, type History } from './history';
import { linkTabs, type TabLink } from './tabs';

/** Why the draft cannot be edited here: another tab has it open, or another tab stored it since this one read it. */
export type ReadOnlyReason = 'other-tab' | 'conflict' | null;

export type DraftView =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | {
      state: 'ready';
      draft: Draft;
      status: SaveStatus;
      readOnly: ReadOnlyReason;
      canUndo: boolean;
      canRedo: boolean;
      change: (story: Story, group?: string) => void;
      /** Replaces the translations; one undo history with the story's changes. */
      changeTranslations: (translations: Translation[], group?: string) => void;
      rename: (name: string) => void;
      undo: () => void;
      redo: () => void;
      takeOver: () => void;
      /** Stores this tab's version as a new draft; resolves with its ID. */
      keepAsCopy: () => Promise<string>;
    };

const TAKE_OVER_WAIT_MS = 800;
const tabId = newDraftId(Date.now());

export function useDraft(draftId: string): DraftView {
  const [history, setHistory] = useState<History<Draft> | null>(null);
  const [failure, setFailure] = useState<'missing' | string | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [readOnly, setReadOnly] = useState<ReadOnlyReason>(null);
  const saver = useRef<Autosaver | null>(null);
  const tabs = useRef<TabLink | null>(null);
  const released = useRef<(() => void) | null>(null);
  // The tab listener (set up once) reads the latest state through this ref, kept in step after each render.
  const readOnlyRef = useRef<ReadOnlyReason>(null);
  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);

  const open = useCallback((draft: Draft) => {
    saver.current?.dispose();
    saver.current = createAutosaver({
      save: saveDraft,
      revision: draft.revision,
      onStatus: setStatus,
      onConflict: () => setReadOnly('conflict'),
    });
    setHistory(startHistory(draft));
    setStatus('saved');
    setReadOnly(null);
  }, []);

  const load = useCallback(
    () =>
      getDraft(draftId).then(
        (draft) => (draft ? open(draft) : setFailure('missing')),
        (error: unknown) => setFailure(String(error)),
      ),
    [draftId, open],
  );

  useEffect(() => {
    void load().then(() => tabs.current?.post('open'));
    tabs.current = linkTabs(draftId, tabId, (message) => {
      if (message.kind === 'open' && readOnlyRef.current === null) tabs.current?.post('here');
      else if (message.kind === 'here') setReadOnly('other-tab');
      else if (message.kind === 'take') {
        setReadOnly('other-tab');
        void saver.current?.flush().then(() => tabs.current?.post('released'));
      } else if (message.kind === 'released') released.current?.();
    });
    // Whatever is typed last is written before the page goes away or to the background.
    const flush = () => void saver.current?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      flush();
      saver.current?.dispose();
      tabs.current?.close();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [draftId, load]);

  const apply = useCallback((step: (current: History<Draft>) => History<Draft>) => {
    if (readOnlyRef.current) return;
    setHistory((current) => {
      if (!current) return current;
      const next = step(current);
      if (next.present !== current.present) saver.current?.change(next.present);
      return next;
    });
  }, []);

  if (failure === 'missing') return { state: 'missing' };
  if (failure !== null) return { state: 'failed', message: failure };
  if (!history) return { state: 'loading' };
  return {
    state: 'ready',
    draft: history.present,
    status,
    readOnly,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    change: (story, group) => apply((current) => record(current, withStory(current.present, story, Date.now()), group ?? null)),
    changeTranslations: (translations, group) =>
      apply((current) => record(current, withTranslations(current.present, translations, Date.now()), group ?? null)),
    rename: (name) => apply((current) => record(current, renamed(current.present, name, Date.now()), 'draft name')),
    undo: () => apply(undo),
    redo: () => apply(redo),
    takeOver: () => {
      const reload = () => {
        released.current = null;
        void load().then(() => tabs.current?.post('here'));
      };
      released.current = reload;
      tabs.current?.post('take');
      setTimeout(() => released.current === reload && reload(), TAKE_OVER_WAIT_MS);
    },
    keepAsCopy: async () => {
      const now = Date.now();
      const copy = duplicated(history.present, newDraftId(now), history.present.name, now);
      await saveDraft(copy);
      await copyDraftArt(history.present.id, copy.id);
      return copy.id;
    },
  };
}

/** Stores a new draft for a story (started, copied from a bundled one, or opened from a pack with its pictures); resolves with its ID. */
export async function startDraft(story: Story, translations: Draft['translations'], art: ReadonlyMap<string, Blob> = new Map()): Promise<string> {
  const now = Date.now();
  const draft = createDraft(newDraftId(now), story, translations, now);
  await saveDraft(draft);
  // A draft without the pictures it came with is not kept: all of it, or nothing and the reason.
  await putDraftArt(draft.id, art).catch(async (error: unknown) => {
    await deleteDraft(draft.id);
    throw error;
  });
  return draft.id;
}
