/**
 * The mouse has rested for IDLE_MS: the wall then hides the pointer and the toolbar, and no card stays highlighted
 * under a pointer left lying on it. Moving the mouse wakes it.
 */
import { useEffect, useState } from 'react';

const IDLE_MS = 3000;

export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    window.addEventListener('pointermove', wake, { passive: true });
    window.addEventListener('pointerdown', wake, { passive: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, []);
  return idle;
}
