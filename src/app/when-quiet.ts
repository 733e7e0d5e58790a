/**
 * Runs `then` once the page has loaded and its main thread has had a whole idle period (the browser offers one only
 * when nothing else is waiting: no task, no frame to draw), or `atMostMs` after the load at the latest. The first
 * visit's service worker then saves the app for offline use after the first screen has started, not during it: its
 * hundred downloads and cache writes took a slow phone's cores from the app's start (issue 21). Returns a cancel.
 */
const WHOLE_IDLE_MS = 45;

export function whenQuiet(then: () => void, atMostMs = 10_000): () => void {
  let cancelled = false;
  let idle: number | undefined;
  let latest: ReturnType<typeof setTimeout> | undefined;
  const loaded = () => waitForIdle();
  const stop = () => {
    cancelled = true;
    window.removeEventListener('load', loaded);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    clearTimeout(latest);
  };
  const run = () => {
    if (cancelled) return;
    stop();
    then();
  };
  function waitForIdle() {
    if (typeof window.requestIdleCallback !== 'function') {
      // No idle periods to ask for (Safari): a second after the load.
      latest = setTimeout(run, Math.min(1000, atMostMs));
      return;
    }
    latest = setTimeout(run, atMostMs);
    const check = (deadline: IdleDeadline) => {
      if (deadline.timeRemaining() >= WHOLE_IDLE_MS) run();
      else if (!cancelled) idle = window.requestIdleCallback(check);
    };
    idle = window.requestIdleCallback(check);
  }
  if (document.readyState === 'complete') waitForIdle();
  else window.addEventListener('load', loaded, { once: true });
  return stop;
}
