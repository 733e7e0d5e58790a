// @vitest-environment jsdom
/**
 * Before an accepted update reloads the page, the reading position and lessons must be in storage. The stores
 * write synchronously on every change (no debounce, no await), and writeAllNow() says whether storage took it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLessons } from '../../src/store/lessons';
import { useProgress } from '../../src/store/progress';
import { writeAllNow } from '../../src/store/write-now';

const state = {
  version: 1,
  storyId: 'sample',
  path: [{ scene: 'warung' }],
  at: { kind: 'panel', panel: 'warung-2' },
  flags: [],
  visited: ['warung'],
  lessons: [],
} as never;

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('progress is in storage before a reload', () => {
  it('is written in the same tick as the step, with nothing pending', () => {
    useProgress.getState().save('sample', state);
    useLessons.getState().complete(['get-help'], 'sample');
    // No await, no timer: a reload right now would find both.
    expect(JSON.parse(localStorage.getItem('komik-saku/progress')!).state.saves.sample.at.panel).toBe('warung-2');
    expect(Object.keys(JSON.parse(localStorage.getItem('komik-saku/lessons')!).state.completed)).toEqual(['get-help']);
  });

  it('writeAllNow() confirms every store is stored as it is in memory', () => {
    useProgress.getState().save('sample', state);
    localStorage.removeItem('komik-saku/settings');
    expect(writeAllNow()).toBe(true);
    expect(localStorage.getItem('komik-saku/settings')).not.toBeNull();
  });

  it('writeAllNow() says no when storage refuses (full), so the app does not reload', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useProgress.getState().save('sample', { ...(state as object), at: { kind: 'panel', panel: 'warung-3' } } as never);
    expect(writeAllNow()).toBe(false);
  });
});
