/**
 * Playthroughs as data (tests/playthroughs/<story>.json, as Yarn Spinner's test plans are): for each bundled story,
 * readings given as the choices taken, with the ending, the number of panels and the lessons they lead to. The engine
 * checks every plan (tests/unit/playthroughs.test.ts) and a phone reads each one with real taps
 * (tests/e2e/playthroughs.e2e.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Reading {
  /** What the reading is, in words (the test's name). */
  name: string;
  /** The choices' ids, in the order they are taken. */
  choices: string[];
  ending: string;
  /** How many different panels the reading shows. */
  panels: number;
  /** The lessons learned on the way, in the order the engine records them. */
  lessons: string[];
}

export interface Playthrough {
  story: string;
  readings: Reading[];
}

const DIR = join(import.meta.dirname, '..', 'playthroughs');

export const playthroughs: Playthrough[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Playthrough);

/** Every reading of every plan, with its story's id: the rows of one it.each. */
export const readings = playthroughs.flatMap(({ story, readings }) => readings.map((reading) => ({ story, ...reading })));
