/**
 * The keys a facilitator (or a clicker, which sends Page Up/Down, arrows, B or ".", F5 and Esc) uses, as in
 * reveal.js: next, back, black screen, start (F5: fullscreen) and stop (Esc), overview, help; and L, the narration. They work whatever
 * has the focus (a ticked checkbox, a clicked button): only a real text field keeps the keys that type, and Space or
 * Enter on a control is left to the control.
 *
 * No key a clicker sends commits a branch. At a vote the keys only mark an option (next/back move the mark, a letter
 * marks its option; B and "." black the screen as everywhere). Choosing takes a second, deliberate action: Enter, or
 * holding next for HOLD_MS, opens a confirm card for the marked option, and a fresh next or Enter pressed after
 * CONFIRM_GUARD_MS chooses it; back or Esc closes the card. A clicker's double send or a slip never gets that far.
 */
import { useEffect, useEffectEvent } from 'react';
import type { PresentEvent } from './session';

export const NEXT_KEYS = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'];
export const BACK_KEYS = ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'];
export const BLACK_KEYS = ['b', 'B', '.'];
export const OVERVIEW_KEYS = ['o', 'O'];
export const LISTEN_KEYS = ['l', 'L'];
/** Keys a clicker sends that never type: they work even from a text field. */
const CLICKER_ONLY = ['PageDown', 'PageUp', 'F5'];
/** How long next must be held, at a vote, to open the confirm card. */
export const HOLD_MS = 700;
/** The confirm card ignores keys this long after it opens, so a double send cannot open and confirm at once. */
export const CONFIRM_GUARD_MS = 500;

export interface KeyContext {
  dispatch: (event: PresentEvent) => void;
  /** Letters of the options at a choice point, and whether each can be taken. */
  options: { id: string; letter: string; enabled: boolean }[];
  /** The marked option and when its confirm card opened (null while closed). */
  mark: string | null;
  confirmAt: number | null;
  black: boolean;
  /** An overview is open in this window (its own arrows move in it). */
  overview: boolean;
  /** O: the room window opens the shared overview, the presenter window its private one. */
  openOverview: () => void;
  closeOverview: () => void;
  help: boolean;
  setHelp: (open: boolean) => void;
  /** Another layer (the summary) has the keyboard. */
  paused: boolean;
  /** F5: this window starts presenting (the room window goes fullscreen). */
  onStart: () => void;
  /** L: the narration plays or stops (on the room window's audio, the projector's, whichever window has the key). */
  onListen?: () => void;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function enterFullscreen(): void {
  if (!document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function leaveFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** A field that takes typed text (a checkbox or a button is not one: the clicker's keys pass it by). */
function isTextField(target: Element | null): boolean {
  if (!target) return false;
  if (target.closest('textarea, select, [contenteditable="true"]')) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

export function usePresentKeys(context: KeyContext): void {
  // The listeners are added once; an effect event hands them the context of the latest render.
  const latest = useEffectEvent(() => context);
  useEffect(() => {
    /** When next went down at a vote (its meaning is known only when it comes up: a press moves, a hold confirms). */
    let heldSince: number | null = null;
    const onKey = (event: KeyboardEvent) => {
      const current = latest();
      const { dispatch, help, setHelp, paused } = current;
      if (paused || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const key = event.key;
      if (isTextField(target) && !CLICKER_ONLY.includes(key)) return;
      if ((key === ' ' || key === 'Enter') && target?.closest('button, a, input, summary')) return;
      const handled = () => event.preventDefault();
      if (key === 'F5') {
        // Start presenting, never a reload that would drop the room out of fullscreen.
        handled();
        if (!event.repeat) current.onStart();
        return;
      }
      if (help) {
        if (key === 'Escape' || key === '?') {
          handled();
          setHelp(false);
        }
        return;
      }
      if (current.overview) {
        // Inside an overview the arrows move between pages (overview.tsx); Esc or O closes it; the screen can still go black.
        if (key === 'Escape' || OVERVIEW_KEYS.includes(key)) {
          handled();
          current.closeOverview();
        } else if (BLACK_KEYS.includes(key)) {
          handled();
          dispatch({ type: 'black' });
        }
        return;
      }
      if (BLACK_KEYS.includes(key)) {
        handled();
        if (!event.repeat) dispatch({ type: 'black' });
        return;
      }
      if (key === 'Escape') {
        // Stop: out of fullscreen and out of black, nothing more (never the overview on the wall).
        handled();
        leaveFullscreen();
        if (current.confirmAt !== null) dispatch({ type: 'confirm', at: null });
        else if (current.black) dispatch({ type: 'black', on: false });
        return;
      }
      if (LISTEN_KEYS.includes(key) && current.onListen) {
        handled();
        if (!event.repeat) current.onListen();
        return;
      }
      if (current.options.length > 0 && !current.black && voteKey(event, current)) {
        handled();
        return;
      }
      if (NEXT_KEYS.includes(key)) {
        handled();
        dispatch({ type: 'next' });
      } else if (BACK_KEYS.includes(key)) {
        handled();
        dispatch({ type: 'back' });
      } else if (OVERVIEW_KEYS.includes(key)) {
        handled();
        current.openOverview();
      } else if (key === 'f' || key === 'F') {
        handled();
        toggleFullscreen();
      } else if (key === '?') {
        handled();
        setHelp(true);
      }
    };

    /** A key at a vote: true when it was the vote's. */
    const voteKey = (event: KeyboardEvent, current: KeyContext): boolean => {
      const { dispatch, options, mark, confirmAt } = current;
      const key = event.key;
      if (confirmAt !== null) {
        if (NEXT_KEYS.includes(key) || key === 'Enter') {
          if (!event.repeat && Date.now() - confirmAt >= CONFIRM_GUARD_MS && mark) dispatch({ type: 'choose', choiceId: mark });
          return true;
        }
        if (BACK_KEYS.includes(key)) {
          dispatch({ type: 'confirm', at: null });
          return true;
        }
        return false;
      }
      if (NEXT_KEYS.includes(key)) {
        if (!event.repeat) heldSince = Date.now();
        return true;
      }
      if (key === 'Enter') {
        if (mark) dispatch({ type: 'confirm', at: Date.now() });
        return true;
      }
      if (BACK_KEYS.includes(key)) {
        // With nothing marked, back leaves the vote for the panel before it.
        if (!mark) return false;
        dispatch({ type: 'mark-move', by: -1 });
        return true;
      }
      const option = key.length === 1 ? options.find((item) => item.letter === key.toUpperCase()) : undefined;
      if (option) {
        if (option.enabled) dispatch({ type: 'mark', choiceId: option.id });
        return true;
      }
      return false;
    };

    const onKeyUp = (event: KeyboardEvent) => {
      if (!NEXT_KEYS.includes(event.key) || heldSince === null) return;
      const held = Date.now() - heldSince;
      heldSince = null;
      const { dispatch, mark, options, confirmAt } = latest();
      if (options.length === 0 || confirmAt !== null) return;
      event.preventDefault();
      if (held >= HOLD_MS && mark) dispatch({ type: 'confirm', at: Date.now() });
      else dispatch({ type: 'mark-move', by: 1 });
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
