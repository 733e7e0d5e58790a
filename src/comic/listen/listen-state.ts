/**
 * Listen mode as a state machine over plain values, apart from any player: where the reading is (the beat and the
 * cue in it) and whether it plays. The hook (use-listen.ts) feeds it the events and does what the state says.
 */
import type { Script } from './script';

export type ListenStatus =
  /** Not listening. */
  | 'off'
  | 'playing'
  /** Paused at a cue: resume says it again from where it was. */
  | 'paused'
  /** A panel is read; the pause before turning to the next one runs (auto-advance). */
  | 'waiting'
  /** Read to the end of the beat and stopped there: a choice or an ending, or auto-advance is off. */
  | 'done';

export interface ListenState {
  status: ListenStatus;
  /** The beat being read (script.ts beatKey). */
  beat: string;
  /** The cue being said, in the beat's script. */
  cue: number;
}

export type ListenEvent =
  /** The play control: starts, pauses, resumes, or reads a finished beat again. */
  | { type: 'toggle' }
  | { type: 'off' }
  /** The phone would not make the sound: a reading under way pauses on its cue. */
  | { type: 'refused' }
  /** The cue being said has ended. */
  | { type: 'said'; script: Script; autoAdvance: boolean }
  /** The reader is at another beat (moved on, went back, chose, or auto-advance turned the page). */
  | { type: 'beat'; beat: string };

export const listenOff = (beat: string): ListenState => ({ status: 'off', beat, cue: 0 });

export function listenStep(state: ListenState, event: ListenEvent): ListenState {
  switch (event.type) {
    case 'toggle':
      if (state.status === 'playing' || state.status === 'waiting') return { ...state, status: 'paused' };
      if (state.status === 'paused') return { ...state, status: 'playing' };
      return { ...state, status: 'playing', cue: 0 };
    case 'off':
      return { ...state, status: 'off', cue: 0 };
    case 'refused':
      return state.status === 'playing' ? { ...state, status: 'paused' } : state;
    case 'said': {
      if (state.status !== 'playing') return state;
      if (state.cue + 1 < event.script.cues.length) return { ...state, cue: state.cue + 1 };
      return { ...state, cue: event.script.cues.length, status: event.script.end === 'next' && event.autoAdvance ? 'waiting' : 'done' };
    }
    case 'beat':
      if (event.beat === state.beat) return state;
      // Listening goes on with the new beat from its start; a paused reading stays paused there.
      return { beat: event.beat, cue: 0, status: state.status === 'off' || state.status === 'paused' ? state.status : 'playing' };
  }
}
