/** Drafts never lost: undo/redo as data, autosave that keeps the latest edit until storage takes it, and a write that cannot overwrite another tab's. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type SaveStatus } from '../../src/studio/drafts/autosave';
import { createDraft, readDraft, type Draft } from '../../src/studio/drafts/draft';
import { deleteDraft, getDraft, listDrafts, saveDraft, type SaveResult } from '../../src/studio/drafts/draft-store';
import { HISTORY_LIMIT, record, redo, startHistory, undo } from '../../src/studio/drafts/history';
import { readTabMessage } from '../../src/studio/drafts/tabs';
import { newStory } from '../../src/studio/edit/new-story';

const story = newStory(
  { title: 'Di Pelabuhan', language: 'id', characters: ['Rina'] },
  { summary: 'Ringkasan.', sceneTitle: 'Awal', description: 'Rina di dermaga pagi hari.', endingTitle: 'Tamat', endingText: 'Rina pulang.' },
);
const draft = (id = 'd-1', title = story.title): Draft => createDraft(id, { ...story, title }, [], 1000);

describe('undo and redo', () => {
  it('steps back and forth, and a new change drops what was undone', () => {
    let history = record(record(startHistory('a'), 'ab'), 'abc');
    history = undo(undo(history));
    expect(history.present).toBe('a');
    history = redo(history);
    expect(history.present).toBe('ab');
    history = record(history, 'abX');
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
    expect(undo(startHistory('a'))).toEqual(startHistory('a'));
  });

  it('typing in one field is one step; another field starts a new one', () => {
    let history = startHistory('');
    for (const text of ['H', 'Ha', 'Hal', 'Halo']) history = record(history, text, 'balloon b1');
    history = record(history, 'Halo!', 'balloon b2');
    expect(history.past).toEqual(['', 'Halo']);
    expect(undo(undo(history)).present).toBe('');
  });

  it('keeps at most the limit of steps', () => {
    let history = startHistory(0);
    for (let n = 1; n <= HISTORY_LIMIT + 20; n += 1) history = record(history, n);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(20);
  });
});

describe('a stored draft read back', () => {
  it('is a draft when its envelope is whole, else null (set aside, not crashed on)', () => {
    expect(readDraft(JSON.parse(JSON.stringify(draft())))).toEqual(draft());
    expect(readDraft({ ...draft(), version: 99 })).toBeNull();
    expect(readDraft({ ...draft(), story: null })).toBeNull();
    expect(readDraft('text')).toBeNull();
  });

  it('tab messages are checked before use', () => {
    expect(readTabMessage({ kind: 'take', draftId: 'd-1', tab: 't' })).toEqual({ kind: 'take', draftId: 'd-1', tab: 't' });
    expect(readTabMessage({ kind: 'delete-all', draftId: 'd-1', tab: 't' })).toBeNull();
    expect(readTabMessage({ kind: 'open', draftId: 3, tab: 't' })).toBeNull();
  });
});

describe('drafts in IndexedDB', () => {
  it('stores, lists the latest first, reads back and deletes', async () => {
    await saveDraft({ ...draft('d-a', 'Satu'), updatedAt: 1 });
    await saveDraft({ ...draft('d-b', 'Dua'), updatedAt: 2 });
    expect((await listDrafts()).map((item) => item.storyTitle).slice(0, 2)).toEqual(['Dua', 'Satu']);
    expect((await getDraft('d-a'))?.story.title).toBe('Satu');
    await deleteDraft('d-a');
    expect(await getDraft('d-a')).toBeNull();
  });

  it('refuses a write from a tab that read an older revision, and keeps what the other tab stored', async () => {
    const first = await saveDraft(draft('d-c'));
    expect(first).toEqual({ kind: 'saved', revision: 1 });
    // Both tabs read revision 1; one stores, then the other tries.
    expect(await saveDraft({ ...draft('d-c', 'Tab A'), revision: 1 })).toEqual({ kind: 'saved', revision: 2 });
    const late = await saveDraft({ ...draft('d-c', 'Tab B'), revision: 1 });
    expect(late.kind).toBe('conflict');
    expect((await getDraft('d-c'))?.story.title).toBe('Tab A');
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function saver(save: (draft: Draft) => Promise<SaveResult>) {
    const statuses: SaveStatus[] = [];
    const conflicts: Draft[] = [];
    const autosaver = createAutosaver({
      save,
      revision: 0,
      onStatus: (status) => statuses.push(status),
      onConflict: (stored) => conflicts.push(stored),
      delayMs: 100,
      retryMs: 1000,
    });
    return { autosaver, statuses, conflicts };
  }

  it('writes once after a burst of changes, the latest one, at the revision last stored', async () => {
    const writes: Draft[] = [];
    const { autosaver, statuses } = saver(async (item) => (writes.push(item), { kind: 'saved', revision: item.revision + 1 }));
    for (const title of ['D', 'Di', 'Di P']) autosaver.change(draft('d', title));
    await vi.advanceTimersByTimeAsync(150);
    expect(writes.map((item) => [item.story.title, item.revision])).toEqual([['Di P', 0]]);
    autosaver.change(draft('d', 'Di Pe'));
    await autosaver.flush();
    expect(writes.map((item) => item.revision)).toEqual([0, 1]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('a full disk: says so, keeps the edit, and stores it once there is room', async () => {
    let full = true;
    const writes: string[] = [];
    const { autosaver, statuses } = saver(async (item) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      writes.push(item.story.title);
      return { kind: 'saved', revision: 1 };
    });
    autosaver.change(draft('d', 'Kalimat penting'));
    await vi.advanceTimersByTimeAsync(150);
    expect(statuses.at(-1)).toBe('full');
    expect(writes).toEqual([]);
    full = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['Kalimat penting']);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('a conflict stops the writing and hands over what the other tab stored', async () => {
    const stored = draft('d', 'Dari tab lain');
    let calls = 0;
    const { autosaver, statuses, conflicts } = saver(async () => ((calls += 1), { kind: 'conflict', stored }));
    autosaver.change(draft('d', 'Punyaku'));
    await autosaver.flush();
    autosaver.change(draft('d', 'Punyaku lagi'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(statuses.at(-1)).toBe('conflict');
    expect(conflicts).toEqual([stored]);
    expect(calls).toBe(1);
  });
  it('an editor closed mid-write still stores the edit, and reports nothing to the screen that is gone', async () => {
    let finish: (result: SaveResult) => void = () => {};
    const writes: string[] = [];
    const { autosaver, statuses } = saver((item) => (writes.push(item.story.title), new Promise((resolve) => (finish = resolve))));
    autosaver.change(draft('d', 'Ditutup'));
    const flushed = autosaver.flush();
    autosaver.dispose();
    const seen = statuses.length;
    finish({ kind: 'saved', revision: 1 });
    await flushed;
    expect(writes).toEqual(['Ditutup']);
    expect(statuses.length).toBe(seen);
  });
});
