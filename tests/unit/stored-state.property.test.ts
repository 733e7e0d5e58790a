// @vitest-environment jsdom
/**
 * Whatever is in storage, and however two tabs interleave: the app starts, nothing valid is lost, and everything
 * invalid is set aside whole (or, when storage is full, left untouched) with a notice.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadingState } from '../../src/engine';
import { sanitizeLessons, useLessons } from '../../src/store/lessons';
import { useNotices } from '../../src/store/notices';
import { sanitizeProgress, useProgress } from '../../src/store/progress';
import { SET_ASIDE_PREFIX } from '../../src/store/safe-storage';
import { sanitizeSettings, useSettings } from '../../src/store/settings';
import { damaged } from '../support/damaged';

const LESSONS = 'komik-saku/lessons';
const PROGRESS = 'komik-saku/progress';
const SETTINGS = 'komik-saku/settings';
const place = (panel: string): ReadingState => ({
  version: 1,
  storyId: 'sample',
  path: [{ scene: 'warung' }],
  at: { kind: 'panel', panel },
  flags: [],
  visited: ['warung'],
  lessons: [],
});
const when = '2026-11-01T00:00:00.000Z';

const stores = [
  {
    name: LESSONS,
    store: useLessons,
    sanitize: sanitizeLessons,
    valid: { completed: { 'get-help': { at: when, storyId: 'sample' }, 'safe-money': { at: when, storyId: 'jalan-sari' } }, cleared: 0 },
  },
  {
    name: PROGRESS,
    store: useProgress,
    sanitize: sanitizeProgress,
    valid: {
      saves: { sample: place('warung-2') },
      endings: { sample: ['good-official'] },
      revisions: { sample: 5 },
      cleared: 0,
      bookmarks: { sample: place('warung-1') },
    },
  },
  {
    name: SETTINGS,
    store: useSettings,
    sanitize: sanitizeSettings,
    valid: { language: 'en', textSize: 1, motion: 'reduce', highContrast: true, view: 'page', facilitator: true, download: 'reading' },
  },
] as const;

type AnyStore = {
  setState: (state: object, replace?: true) => void;
  getState: () => object;
  getInitialState: () => object;
  persist: { rehydrate: () => Promise<void> };
};
const dataOf = (state: object) => Object.fromEntries(Object.entries(state).filter(([, value]) => typeof value !== 'function'));
const setAside = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith(SET_ASIDE_PREFIX))
    .map((key) => localStorage.getItem(key));

function freshPage() {
  for (const { store } of stores) (store as unknown as AnyStore).setState((store as unknown as AnyStore).getInitialState(), true);
  localStorage.clear();
  useNotices.setState({ notices: [] });
}

/** What might be under a key: any text, any JSON, a stored state of any version, a good state damaged in one place. */
const storedText = (valid: object) =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    fc
      .record({ state: fc.jsonValue({ maxDepth: 3 }), version: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 3 })) })
      .map((value) => JSON.stringify(value)),
    fc
      .record({
        where: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('__proto__', 'x'.repeat(100_000), -1, null)),
      })
      .map(({ where, value }) => JSON.stringify({ state: damaged(valid, where, value), version: 1 })),
    fc.constant(JSON.stringify({ state: valid, version: 1 })),
  );

/** Whether the stored text is wholly readable by this version (nothing in it would be left out). */
function wholly(raw: string, sanitize: (value: unknown, drop: () => void) => object | null): boolean {
  try {
    const value = JSON.parse(raw) as { state?: unknown; version?: unknown };
    let dropped = false;
    return value?.version === 1 && 'state' in value && sanitize(value.state, () => (dropped = true)) !== null && !dropped;
  } catch {
    return false;
  }
}

function parsed(raw: string): { state: unknown; version: unknown } | null {
  try {
    const value = JSON.parse(raw) as unknown;
    return value !== null && typeof value === 'object' && 'state' in value ? (value as { state: unknown; version: unknown }) : null;
  } catch {
    return null;
  }
}

/** Whether `whole` holds every part of `part` (objects key by key; anything else equal). */
function contains(whole: unknown, part: unknown): boolean {
  if (part === null || typeof part !== 'object' || Array.isArray(part)) return JSON.stringify(whole) === JSON.stringify(part);
  if (whole === null || typeof whole !== 'object' || Array.isArray(whole)) return false;
  return Object.entries(part).every(([key, value]) => Object.hasOwn(whole, key) && contains((whole as Record<string, unknown>)[key], value));
}

beforeEach(freshPage);
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('any stored data', { timeout: 120_000 }, () => {
  it.each(stores)(
    '$name: the app starts with a valid state holding everything stored, or the stored text is set aside whole, with a notice',
    async ({ name, store, sanitize, valid }) => {
      await fc.assert(
        fc.asyncProperty(storedText(valid), async (raw) => {
          freshPage();
          localStorage.setItem(name, raw);
          await (store as unknown as AnyStore).persist.rehydrate();
          const state = JSON.parse(JSON.stringify(dataOf(store.getState()))) as unknown;
          let dropped = false;
          expect(sanitize(state, () => (dropped = true))).not.toBeNull();
          expect(dropped).toBe(false);
          const stored = parsed(raw);
          if (setAside().length === 0) {
            // Nothing set aside: then nothing was left out, every part of what was stored is in use.
            expect(stored?.version).toBe(1);
            expect(contains(state, stored!.state)).toBe(true);
            expect(useNotices.getState().notices).toEqual([]);
          } else {
            expect(setAside()).toEqual([raw]);
            expect(useNotices.getState().notices).toHaveLength(1);
          }
        }),
        { numRuns: 400 },
      );
    },
  );

  it('keeps a story listed with no ending reached yet, so the stored progress reads back whole (a case fast-check found)', async () => {
    const stored = { saves: { sample: place('warung-2') }, endings: { sample: [] }, revisions: { sample: 5 }, cleared: 0, bookmarks: {} };
    localStorage.setItem(PROGRESS, JSON.stringify({ state: stored, version: 1 }));
    await useProgress.persist.rehydrate();
    expect(useProgress.getState().endings).toEqual({ sample: [] });
    expect(setAside()).toEqual([]);
    expect(useNotices.getState().notices).toEqual([]);
  });

  it.each(stores)('$name: with the phone full, what could not be set aside is never overwritten', async ({ name, store, valid }) => {
    await fc.assert(
      fc.asyncProperty(storedText(valid), async (raw) => {
        freshPage();
        localStorage.setItem(name, raw);
        const original = Storage.prototype.setItem;
        const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
          if (key.startsWith(SET_ASIDE_PREFIX)) throw new DOMException('full', 'QuotaExceededError');
          original.call(this, key, value);
        });
        await (store as unknown as AnyStore).persist.rehydrate();
        useLessons.getState().complete(['get-help'], 'sample');
        useProgress.getState().save('sample', place('warung-3'));
        useSettings.getState().update({ textSize: 2 });
        full.mockRestore();
        const sanitize = stores.find((item) => item.name === name)!.sanitize;
        if (!wholly(raw, sanitize)) expect(localStorage.getItem(name)).toBe(raw);
      }),
      { numRuns: 300 },
    );
  });
});

describe('two tabs, interleaved any way', { timeout: 120_000 }, () => {
  /** A second copy of the stores, as another tab of the same browser has: the same storage, its own memory. */
  async function otherTab() {
    vi.resetModules();
    const [lessons, progress] = await Promise.all([import('../../src/store/lessons'), import('../../src/store/progress')]);
    return { lessons: lessons.useLessons, progress: progress.useProgress };
  }

  it('no lesson or ending is ever dropped, and each story keeps the place saved last', async () => {
    const tabs = [{ lessons: useLessons, progress: useProgress }, await otherTab()];
    const step = fc.record({
      tab: fc.constantFrom(0, 1),
      kind: fc.constantFrom('learn', 'save', 'end', 'hear'),
      lesson: fc.constantFrom('get-help', 'safe-money', 'keep-passport', 'work-contract'),
      story: fc.constantFrom('sample', 'jalan-sari'),
      panel: fc.constantFrom('warung-1', 'warung-2', 'warung-3'),
      ending: fc.constantFrom('good-official', 'bad-stranded'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z'), toFake: ['Date'] });
        localStorage.clear();
        for (const tab of tabs) {
          (tab.lessons as unknown as AnyStore).setState((tab.lessons as unknown as AnyStore).getInitialState(), true);
          (tab.progress as unknown as AnyStore).setState((tab.progress as unknown as AnyStore).getInitialState(), true);
        }
        localStorage.clear();
        const learned = new Set<string>();
        const ended = new Map<string, Set<string>>();
        const last = new Map<string, string>();
        for (const item of steps) {
          vi.advanceTimersByTime(1000);
          const tab = tabs[item.tab]!;
          if (item.kind === 'learn') {
            tab.lessons.getState().complete([item.lesson], item.story);
            learned.add(item.lesson);
          } else if (item.kind === 'save') {
            tab.progress.getState().save(item.story, { ...place(item.panel), storyId: item.story });
            last.set(item.story, item.panel);
          } else if (item.kind === 'end') {
            tab.progress.getState().reachEnding(item.story, item.ending);
            ended.set(item.story, (ended.get(item.story) ?? new Set()).add(item.ending));
          } else {
            // The storage events arrive (both tabs listen on this one window).
            window.dispatchEvent(new StorageEvent('storage', { key: LESSONS }));
            window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS }));
          }
        }
        const stored = (key: string) => (JSON.parse(localStorage.getItem(key) ?? '{"state": {}}') as { state: Record<string, Record<string, unknown>> }).state;
        expect(Object.keys(stored(LESSONS).completed ?? {}).sort()).toEqual([...learned].sort());
        for (const [storyId, endings] of ended) expect([...((stored(PROGRESS).endings?.[storyId] as string[]) ?? [])].sort()).toEqual([...endings].sort());
        for (const [storyId, panel] of last) expect((stored(PROGRESS).saves?.[storyId] as ReadingState).at).toEqual({ kind: 'panel', panel });
        // Once the events arrive, both tabs show it all.
        window.dispatchEvent(new StorageEvent('storage', { key: LESSONS }));
        for (const tab of tabs) expect(Object.keys(tab.lessons.getState().completed).sort()).toEqual([...learned].sort());
        vi.useRealTimers();
      }),
      { numRuns: 300 },
    );
  });
});
