/**
 * The service worker's registration waits for a quiet page (src/app/when-quiet.ts): after the load, at the first whole
 * idle period the browser offers, or at the latest after a cap; never while the page is still loading.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from '../../src/app/when-quiet';

/** The browser's idle callbacks, handed out by the test: each call gives the waiting callbacks an idle period. */
let waiting: ((deadline: IdleDeadline) => void)[] = [];
const idlePeriod = (ms: number) => {
  const now = waiting;
  waiting = [];
  for (const callback of now) callback({ didTimeout: false, timeRemaining: () => ms });
};

let readyState: DocumentReadyState = 'loading';

beforeEach(() => {
  vi.useFakeTimers();
  waiting = [];
  readyState = 'loading';
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  window.requestIdleCallback = (callback) => waiting.push(callback);
  window.cancelIdleCallback = () => (waiting = []);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const load = () => {
  readyState = 'complete';
  window.dispatchEvent(new Event('load'));
};

describe('whenQuiet', () => {
  it('waits for the load, then for a whole idle period, not the short ones between frames', () => {
    const then = vi.fn();
    whenQuiet(then);
    idlePeriod(50);
    expect(then).not.toHaveBeenCalled();
    load();
    idlePeriod(8);
    idlePeriod(12);
    expect(then).not.toHaveBeenCalled();
    idlePeriod(49.9);
    expect(then).toHaveBeenCalledTimes(1);
    idlePeriod(50);
    vi.advanceTimersByTime(60_000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest after the cap when the page never goes quiet', () => {
    const then = vi.fn();
    load();
    whenQuiet(then, 10_000);
    idlePeriod(10);
    vi.advanceTimersByTime(9_999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    idlePeriod(50);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('waits a second after the load where the browser has no idle callbacks', () => {
    Reflect.deleteProperty(window, 'requestIdleCallback');
    const then = vi.fn();
    whenQuiet(then);
    vi.advanceTimersByTime(5_000);
    expect(then).not.toHaveBeenCalled();
    load();
    vi.advanceTimersByTime(999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled (the region left the screen)', () => {
    const then = vi.fn();
    const cancel = whenQuiet(then);
    cancel();
    load();
    idlePeriod(50);
    vi.advanceTimersByTime(60_000);
    expect(then).not.toHaveBeenCalled();
  });
});
