/**
 * What the room window's audio is doing, as the room tells the presenter window. The session (session.ts) holds what
 * the facilitator asked for (narration on or off), shared and kept; this is what came of it, known only to the room,
 * which alone makes the sound. It is said by the room and never merged: a report per cue must not race the
 * facilitator's own steps in the session. Plain data, checked when it arrives like everything from another window.
 */
import { isRecord } from '../../story/is-record';

export type NarrationStatus =
  /** Not reading. */
  | 'off'
  /** Finding or downloading the recordings before the first words. */
  | 'preparing'
  /** The browser keeps this window silent until someone clicks, taps or presses a key on it (its autoplay rule). */
  | 'refused'
  | 'reading'
  /** Everything on the wall has been read: the next turn reads on. */
  | 'done'
  /** The app's sound is switched off on this computer (listen mode's "Suara"). */
  | 'muted'
  /** No recording and no voice of the computer for this text's language. */
  | 'no-voice'
  /** The room window is closing. */
  | 'gone';

const STATUSES: readonly NarrationStatus[] = ['off', 'preparing', 'refused', 'reading', 'done', 'muted', 'no-voice', 'gone'];

/** The words being said: their key in the story's texts, the lessons' or the app's own. */
export interface SaidWords {
  key: string;
  namespace: 'story' | 'lessons' | 'ui';
}

export interface NarrationReport {
  status: NarrationStatus;
  /** While reading: the words being said. */
  words: SaidWords | null;
  /** The recordings could not be downloaded: the computer's own voice reads instead. */
  downloadFailed: boolean;
}

export const REPORT_OFF: NarrationReport = { status: 'off', words: null, downloadFailed: false };

/** A report from another window, or null when it is not one. */
export function readReport(raw: unknown): NarrationReport | null {
  if (!isRecord(raw) || !STATUSES.includes(raw.status as NarrationStatus)) return null;
  const words = isRecord(raw.words) && typeof raw.words.key === 'string' && ['story', 'lessons', 'ui'].includes(raw.words.namespace as string);
  return {
    status: raw.status as NarrationStatus,
    words: words ? { key: (raw.words as { key: string }).key, namespace: (raw.words as SaidWords).namespace } : null,
    downloadFailed: raw.downloadFailed === true,
  };
}

export const sameReport = (a: NarrationReport, b: NarrationReport): boolean =>
  a.status === b.status && a.downloadFailed === b.downloadFailed && a.words?.key === b.words?.key && a.words?.namespace === b.words?.namespace;
