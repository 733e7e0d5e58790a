// @vitest-environment jsdom
/**
 * Nothing the reader has done is lost, whatever is in storage and however many tabs are open: two tabs merge instead
 * of overwriting, what cannot be read is set aside (never overwritten when it cannot be), nothing is dropped without a
 * copy and a notice, a full phone says so once, and IDs that name an object's own machinery are only ever keys.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadingState } from '../../src/engine';
import { useLessons } from '../../src/store/lessons';
import { useNotices } from '../../src/store/notices';
import { useProgress } from '../../src/store/progress';
import { records } from '../../src/store/records';
import { SET_ASIDE_PREFIX } from '../../src/store/safe-storage';
import { pickLanguage, useSettings } from '../../src/store/settings';
import { writeAllNow } from '../../src/store/write-now';

const LESSONS = 'komik-saku/lessons';
const PROGRESS = 'komik-saku/progress';
const SETTINGS = 'komik-saku/settings';

const at = (panel: string, path = [{ scene: 'warung' }]): ReadingState => ({
  version: 1,
  storyId: 'sample',
  path,
  at: { kind: 'panel', panel },
  flags: [],
  visited: ['warung'],
  lessons: [],
});
const stored = (name: string) => JSON.parse(localStorage.getItem(name) ?? 'null') as { state: Record<string, unknown>; version: number } | null;
const setAside = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith(SET_ASIDE_PREFIX))
    .map((key) => localStorage.getItem(key));
const noticeKeys = () => useNotices.getState().notices.map((notice) => notice.key);

/** The page starting: each store reads what is stored. */
async function start() {
  await useProgress.persist.rehydrate();
  await useLessons.persist.rehydrate();
  await useSettings.persist.rehydrate();
}

/** Another tab writes, and this one hears of it (the browser's storage event). */
function otherTab(name: string, state: unknown, { tell = true } = {}) {
  localStorage.setItem(name, JSON.stringify({ state, version: 1 }));
  if (tell) window.dispatchEvent(new StorageEvent('storage', { key: name }));
}

/** Storage that refuses new keys (a full phone): writes over an existing key still work unless `all`. */
function fillStorage({ all = false } = {}) {
  const original = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (all || this.getItem(key) === null) throw new DOMException('full', 'QuotaExceededError');
    original.call(this, key, value);
  });
}

beforeEach(() => {
  // A new page: the stores as the app starts them, nothing stored, no notices.
  for (const store of [useProgress, useLessons, useSettings] as unknown as {
    setState: (state: object, replace: true) => void;
    getInitialState: () => object;
  }[])
    store.setState(store.getInitialState(), true);
  localStorage.clear();
  useNotices.setState({ notices: [] });
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('two tabs', () => {
  it('a lesson learned in either tab is kept, even when this tab has not heard of the other yet', async () => {
    useLessons.getState().complete(['get-help'], 'sample', new Date('2026-12-01T10:00:00Z'));
    // The other tab learned two lessons and wrote them; its storage event has not arrived here yet.
    otherTab(
      LESSONS,
      {
        completed: {
          'get-help': { at: '2026-12-01T09:00:00.000Z', storyId: 'jalan-sari' },
          'safe-money': { at: '2026-12-01T09:30:00.000Z', storyId: 'jalan-sari' },
        },
        cleared: 0,
      },
      { tell: false },
    );
    useLessons.getState().complete(['keep-passport'], 'sample');
    const completed = stored(LESSONS)!.state.completed as Record<string, { at: string }>;
    expect(Object.keys(completed).sort()).toEqual(['get-help', 'keep-passport', 'safe-money']);
    // The first time a lesson was learned is the one kept.
    expect(completed['get-help']!.at).toBe('2026-12-01T09:00:00.000Z');
  });

  it("this tab shows the other's lessons, places and endings as soon as it hears of them", () => {
    useLessons.getState().complete(['get-help'], 'sample');
    otherTab(LESSONS, { completed: { 'safe-money': { at: '2026-12-01T09:30:00.000Z', storyId: 'jalan-sari' } }, cleared: 0 });
    expect(Object.keys(useLessons.getState().completed).sort()).toEqual(['get-help', 'safe-money']);
    otherTab(PROGRESS, {
      saves: { 'jalan-sari': { ...at('tawaran-1', [{ scene: 'tawaran' }]), storyId: 'jalan-sari' } },
      endings: { 'jalan-sari': ['pulang-selamat'] },
      revisions: { 'jalan-sari': 5 },
      cleared: 0,
    });
    expect(useProgress.getState().saves['jalan-sari']?.at).toEqual({ kind: 'panel', panel: 'tawaran-1' });
    expect(useProgress.getState().endings['jalan-sari']).toEqual(['pulang-selamat']);
  });

  it('of two places in one story, the one saved later is kept; other stories and endings are not touched', () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z'), toFake: ['Date'] });
    useProgress.getState().save('sample', at('warung-2'));
    useProgress.getState().reachEnding('sample', 'good-official');
    // The other tab read on in the same story a minute later, and reached an ending in another.
    const later = Date.now() + 60_000;
    otherTab(
      PROGRESS,
      {
        saves: { sample: at('warung-3'), 'jalan-sari': { ...at('tawaran-1', [{ scene: 'tawaran' }]), storyId: 'jalan-sari' } },
        endings: { 'jalan-sari': ['pulang-selamat'] },
        revisions: { sample: later, 'jalan-sari': later },
        cleared: 0,
      },
      { tell: false },
    );
    // This tab, not yet told, writes its own (older) state again with a new ending: nothing of the other is lost.
    useProgress.getState().reachEnding('sample', 'bad-stranded');
    const state = stored(PROGRESS)!.state as { saves: Record<string, ReadingState>; endings: Record<string, string[]> };
    expect(state.saves.sample!.at).toEqual({ kind: 'panel', panel: 'warung-3' });
    expect(Object.keys(state.saves).sort()).toEqual(['jalan-sari', 'sample']);
    expect(state.endings).toEqual({ sample: ['good-official', 'bad-stranded'], 'jalan-sari': ['pulang-selamat'] });
    // Then the reader reads on in this tab: now this place is the later one.
    vi.setSystemTime(later + 1000);
    useProgress.getState().save('sample', at('warung-1'));
    expect((stored(PROGRESS)!.state.saves as Record<string, ReadingState>).sample!.at).toEqual({ kind: 'panel', panel: 'warung-1' });
    vi.useRealTimers();
  });

  it("a place saved after the phone's clock went back still replaces the earlier one", () => {
    vi.useFakeTimers({ now: new Date('2027-06-01T00:00:00Z'), toFake: ['Date'] });
    useProgress.getState().save('sample', at('warung-2'));
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    useProgress.getState().save('sample', at('warung-3'));
    expect((stored(PROGRESS)!.state.saves as Record<string, ReadingState>).sample!.at).toEqual({ kind: 'panel', panel: 'warung-3' });
    vi.useRealTimers();
  });

  it('deleting progress in one tab is not undone by the other', () => {
    useLessons.getState().complete(['get-help'], 'sample');
    // The other tab deleted everything (its second deletion) and this one hears of it.
    otherTab(LESSONS, { completed: {}, cleared: 1 });
    expect(useLessons.getState().completed).toEqual({});
    useLessons.getState().complete(['safe-money'], 'sample');
    expect(Object.keys(stored(LESSONS)!.state.completed as object)).toEqual(['safe-money']);
  });

  it('writeAllNow() says yes when storage holds everything this tab has, merged with the other tab', () => {
    useLessons.getState().complete(['get-help'], 'sample');
    otherTab(LESSONS, { completed: { 'safe-money': { at: '2026-12-01T09:30:00.000Z', storyId: 'jalan-sari' } }, cleared: 0 }, { tell: false });
    expect(writeAllNow()).toBe(true);
  });

  it('a tab of an older version stops writing once a newer one has written, and says how to go on', () => {
    localStorage.setItem(LESSONS, JSON.stringify({ state: { completed: {}, nextField: true }, version: 2 }));
    window.dispatchEvent(new StorageEvent('storage', { key: LESSONS }));
    useLessons.getState().complete(['get-help'], 'sample');
    expect(stored(LESSONS)!.version).toBe(2);
    expect(setAside()).toEqual([]);
    expect(useNotices.getState().notices).toEqual([expect.objectContaining({ key: 'notice.newer-elsewhere', action: { kind: 'reload' } })]);
  });
});

describe('a full phone', () => {
  it('does not overwrite data it could not set aside, and says so truthfully with a way to save a copy', async () => {
    localStorage.setItem(LESSONS, '{"state": {"completed": tru');
    fillStorage();
    await start();
    expect(setAside()).toEqual([]);
    expect(noticeKeys()).toEqual(['notice.kept']);
    expect(useNotices.getState().notices[0]!.action).toEqual({ kind: 'save-copy', name: LESSONS });
    // The next lesson is learned in memory, but the unreadable original stays as it was.
    useLessons.getState().complete(['get-help'], 'sample');
    expect(localStorage.getItem(LESSONS)).toBe('{"state": {"completed": tru');
    expect(noticeKeys()).toEqual(['notice.kept']);
    // Space is freed: the next write sets the original aside first, then stores the lessons.
    vi.restoreAllMocks();
    useLessons.getState().complete(['safe-money'], 'sample');
    expect(setAside()).toEqual(['{"state": {"completed": tru']);
    expect(Object.keys(stored(LESSONS)!.state.completed as object).sort()).toEqual(['get-help', 'safe-money']);
  });

  it('keeps a partly readable original whole until its copy is safe', async () => {
    const original = JSON.stringify({ state: { completed: { 'get-help': { at: '2026-11-01T00:00:00.000Z', storyId: 'sample' }, junk: 5 } }, version: 1 });
    localStorage.setItem(LESSONS, original);
    fillStorage();
    await start();
    expect(Object.keys(useLessons.getState().completed)).toEqual(['get-help']);
    useLessons.getState().complete(['safe-money'], 'sample');
    expect(localStorage.getItem(LESSONS)).toBe(original);
    expect(noticeKeys()).toEqual(['notice.kept']);
  });

  it('shows one notice, with what to do, however many writes fail', () => {
    fillStorage({ all: true });
    for (let step = 0; step < 7; step++) useProgress.getState().save('sample', at(`warung-${(step % 3) + 1}`));
    useLessons.getState().complete(['get-help'], 'sample');
    expect(useNotices.getState().notices).toEqual([expect.objectContaining({ key: 'notice.storage-full', action: { kind: 'export-progress' } })]);
  });
});

describe('nothing dropped without a copy and a notice', () => {
  it.each([
    [
      'a lesson entry with a bad field',
      LESSONS,
      { completed: { 'get-help': { at: 'yesterday', storyId: 'sample' }, 'safe-money': { at: '2026-11-01T00:00:00.000Z', storyId: 'sample' } } },
    ],
    ['a lesson entry with an extra field', LESSONS, { completed: { 'get-help': { at: '2026-11-01T00:00:00.000Z', storyId: 'sample', note: 'x' } } }],
    ['a lesson keyed by a reserved name', LESSONS, JSON.parse('{"completed": {"__proto__": {"at": "2026-11-01T00:00:00.000Z", "storyId": "sample"}}}')],
    ['a save of an unknown version', PROGRESS, { saves: { sample: { ...at('warung-2'), version: 99 } }, endings: {} }],
    ['a save whose path is a string', PROGRESS, { saves: { sample: { ...at('warung-2'), path: 'warung' } }, endings: {} }],
    ['a save whose path holds null', PROGRESS, { saves: { sample: { ...at('warung-2'), path: [null] } }, endings: {} }],
    ['a save filed under another story', PROGRESS, { saves: { 'jalan-sari': at('warung-2') }, endings: {} }],
    ['an ending list with a number', PROGRESS, { saves: {}, endings: { sample: ['good-official', 7] } }],
    ['settings of the wrong type', SETTINGS, { language: 'en', textSize: 'big' }],
    ['settings with an unknown field', SETTINGS, { language: 'en', fontColour: 'red' }],
    ['an oversized setting', SETTINGS, { language: `e${'n'.repeat(1_000_000)}` }],
  ])('%s', async (_what, name, state) => {
    const raw = JSON.stringify({ state, version: 1 });
    localStorage.setItem(name, raw);
    await start();
    expect(setAside()).toEqual([raw]);
    expect(noticeKeys()).toEqual(['notice.repaired']);
    // What could be kept is in use, and stored again without the bad part.
    expect(stored(name)!.state).toEqual(
      JSON.parse(
        JSON.stringify(
          name === LESSONS
            ? useLessons.getState().completed && { completed: useLessons.getState().completed, cleared: 0 }
            : name === PROGRESS
              ? { saves: useProgress.getState().saves, endings: useProgress.getState().endings, revisions: {}, cleared: 0, bookmarks: {} }
              : { ...useSettings.getState() },
        ),
      ),
    );
  });

  it('settings that are not an object at all are set aside whole', async () => {
    localStorage.setItem(SETTINGS, JSON.stringify({ state: ['en'], version: 1 }));
    await start();
    expect(setAside()).toEqual([JSON.stringify({ state: ['en'], version: 1 })]);
    expect(noticeKeys()).toEqual(['notice.corrupt']);
    // As on a first start: the phone's language (Node's here), when the app has it.
    expect(useSettings.getState().language).toBe(pickLanguage(globalThis.navigator?.languages ?? []));
  });
});

describe("IDs that name an object's own machinery are only keys", () => {
  it('records a lesson "constructor", reaches an ending of a story "constructor", and reads them back', async () => {
    expect(useLessons.getState().complete(['constructor', 'to-string'], 'sample')).toEqual(['constructor', 'to-string']);
    useProgress.getState().reachEnding('constructor', 'good');
    useProgress.getState().reachEnding('constructor', 'bad');
    expect(useProgress.getState().endings.constructor).toEqual(['good', 'bad']);
    await start();
    expect(Object.keys(useLessons.getState().completed)).toEqual(['constructor', 'to-string']);
    expect(Object.getPrototypeOf(useLessons.getState().completed)).toBeNull();
    expect(Object.getPrototypeOf(useProgress.getState().saves)).toBeNull();
  });

  it('starts clean, not crashed, on progress keyed by __proto__', async () => {
    localStorage.setItem(PROGRESS, '{"state": {"saves": {"__proto__": {"version": 1}}, "endings": {"__proto__": ["x"]}}, "version": 1}');
    await start();
    expect(useProgress.getState().saves).toEqual(records());
    expect(Object.keys(useProgress.getState().endings)).toEqual([]);
    expect(noticeKeys()).toEqual(['notice.repaired']);
  });
});
