/**
 * The keys a facilitator (or a clicker, which sends Page Up/Down, arrows, B or ".") uses, as in reveal.js:
 * next, back, black screen, fullscreen, overview, help, and at a choice point the letters of the options.
 * A letter that names an option wins over the same letter's usual meaning (B is option B at a choice, "." still
 * blacks the screen). Nothing fires while typing in a field, and Space or Enter on a button is left to the button.
 */
import { useEffect, useRef } from 'react';
import type { PresentEvent } from './session';

export const NEXT_KEYS = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'];
export const BACK_KEYS = ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'];
export const BLACK_KEYS = ['b', 'B', '.'];
export const OVERVIEW_KEYS = ['Escape', 'o', 'O'];

export interface KeyContext {
  dispatch: (event: PresentEvent) => void;
  /** Letters of the options at a choice point, and whether each can be taken. */
  options: { id: string; letter: string; enabled: boolean }[];
  overview: boolean;
  help: boolean;
  setHelp: (open: boolean) => void;
  /** Another layer (the summary) has the keyboard. */
  paused: boolean;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function usePresentKeys(context: KeyContext): void {
  const latest = useRef(context);
  latest.current = context;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { dispatch, options, overview, help, setHelp, paused } = latest.current;
      if (paused || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a')) return;
      const key = event.key;
      const handled = () => event.preventDefault();
      if (help) {
        if (key === 'Escape' || key === '?') {
          handled();
          setHelp(false);
        }
        return;
      }
      if (overview) {
        // Inside the overview the arrows move between pages (overview.tsx); Esc or O closes it; the screen can still go black.
        if (OVERVIEW_KEYS.includes(key)) {
          handled();
          dispatch({ type: 'overview', open: false });
        } else if (BLACK_KEYS.includes(key)) {
          handled();
          dispatch({ type: 'black' });
        }
        return;
      }
      const option = key.length === 1 ? options.find((item) => item.letter === key.toUpperCase()) : undefined;
      if (option) {
        handled();
        if (option.enabled) dispatch({ type: 'choose', choiceId: option.id });
      } else if (NEXT_KEYS.includes(key)) {
        handled();
        dispatch({ type: 'next' });
      } else if (BACK_KEYS.includes(key)) {
        handled();
        dispatch({ type: 'back' });
      } else if (BLACK_KEYS.includes(key)) {
        handled();
        dispatch({ type: 'black' });
      } else if (OVERVIEW_KEYS.includes(key)) {
        handled();
        dispatch({ type: 'overview', open: true });
      } else if (key === 'f' || key === 'F') {
        handled();
        toggleFullscreen();
      } else if (key === '?') {
        handled();
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
