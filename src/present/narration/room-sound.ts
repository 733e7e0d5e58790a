/**
 * The browser's autoplay rule in the room: a window nobody has clicked, tapped or typed in may be kept silent (the
 * facilitator dragged it to the projector and clicks only the presenter window). Chrome leaves a new AudioContext
 * 'suspended' there and refuses speech with "not-allowed"; Safari rejects resume() with NotAllowedError. The room asks
 * first, says so on both windows when it is refused, and takes the first gesture on the wall to turn the sound on.
 */
import { useEffect, useEffectEvent } from 'react';

/** How long a suspended audio context may take to start before the window is taken to be kept silent. */
export const ASK_MS = 250;

/** Whether this window may make sound now (a gesture on it, or a browser that allows it anyway). */
export async function soundAllowed(): Promise<boolean> {
  if (navigator.userActivation?.hasBeenActive) return true;
  if (typeof AudioContext === 'undefined') return true;
  const context = new AudioContext();
  try {
    if (context.state !== 'suspended') return true;
    const timeout = new Promise<boolean>((resolve) => window.setTimeout(() => resolve(false), ASK_MS));
    return await Promise.race([
      context.resume().then(
        () => context.state !== 'suspended',
        () => false,
      ),
      timeout,
    ]);
  } finally {
    void context.close().catch(() => undefined);
  }
}

/** Pointer and key events that count as a gesture: touch screens give it when the finger lifts, a mouse when pressed. */
const GESTURES = ['keydown', 'pointerdown', 'pointerup'] as const;

/**
 * While `waiting`, the first click, tap or key on this window calls `onGesture` inside the gesture (so audio can start
 * there) and does nothing else: the key does not step the show, the click does not turn the page.
 */
export function useFirstGesture(waiting: boolean, onGesture: () => void): void {
  const handle = useEffectEvent(onGesture);
  useEffect(() => {
    if (!waiting) return;
    let done = false;
    const gesture = (event: Event) => {
      // Esc, a modifier alone, a finger still down: no gesture to the browser, so the sound would stay off.
      if (done || (navigator.userActivation && !navigator.userActivation.isActive)) return;
      done = true;
      event.preventDefault();
      event.stopPropagation();
      if (event.type !== 'keydown') swallowNextClick();
      handle();
    };
    for (const type of GESTURES) window.addEventListener(type, gesture, { capture: true });
    return () => {
      for (const type of GESTURES) window.removeEventListener(type, gesture, { capture: true });
    };
  }, [waiting]);
}

/** The click that ends the pointer gesture, if it comes within a second, reaches nothing on the page. */
function swallowNextClick(): void {
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  window.setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 1000);
}
