/**
 * Phone numbers in story text, in every language: only the app's helplines may appear. A balloon carries no
 * "checked" month, and a copy of a story can be changed by anyone, so any other number is named for an author to
 * check against the project's fact sheet: trust is visible, and a number the app does not vouch for is flagged.
 */
import { numberRuns, withoutEndingPunctuation, type TextRun } from '../number-runs';
import { jsonPath } from '../problem';
import type { Translation } from '../schema';
import type { StoryString } from '../strings';
import type { Report } from './context';

/** Fewer digits than this is a year, an age or an amount ("2026-11", "18 tahun"), not a number to call. */
const PHONE_DIGITS = 7;
/** A number written without spaces or hyphens ("081234567890"), which numberRuns leaves in the plain text. */
const UNBROKEN = /\+?\d{7,}/g;

/** No-break spaces keep a number on one line but hide its groups from numberRuns: they count as spaces here. */
const NO_BREAK_SPACE = /[\u00a0\u202f]/g;

/** The phone numbers written in a text, as written (without the punctuation that ends them). */
export function phoneNumbers(text: string): string[] {
  const found: string[] = [];
  for (const run of numberRuns(text.replace(NO_BREAK_SPACE, ' '))) {
    if (run.number) found.push(withoutEndingPunctuation(run.text));
    else for (const match of run.text.matchAll(UNBROKEN)) found.push(match[0]);
  }
  return found.filter((number) => digits(number).length >= PHONE_DIGITS);
}

export interface PhoneRun extends TextRun {
  /** A phone number that is not one of the helplines: flagged to the reader of a story no known publisher vouches for. */
  unofficial: boolean;
}

/** The text cut as numberRuns cuts it, with every phone number that is not one of `helplines` set apart and marked. */
export function phoneRuns(text: string, helplines: readonly string[]): PhoneRun[] {
  const known = new Set(helplines.map(digits));
  const unofficial = (number: string) => digits(number).length >= PHONE_DIGITS && !known.has(digits(number));
  const runs: PhoneRun[] = [];
  let at = 0;
  // The same length as the text: the runs are cut from the original, no-break spaces and all.
  for (const run of numberRuns(text.replace(NO_BREAK_SPACE, ' '))) {
    const original = text.slice(at, at + run.text.length);
    at += run.text.length;
    if (run.number) {
      if (!unofficial(run.text)) {
        runs.push({ text: original, number: true, unofficial: false });
        continue;
      }
      // The flag marks the number alone: the full stop or comma after it stays with the sentence, after the flag.
      const number = withoutEndingPunctuation(original);
      runs.push({ text: number, number: true, unofficial: true });
      if (number.length < original.length) runs.push({ text: original.slice(number.length), number: false, unofficial: false });
      continue;
    }
    let from = 0;
    for (const match of run.text.matchAll(UNBROKEN)) {
      if (!unofficial(match[0])) continue;
      if (match.index > from) runs.push({ text: original.slice(from, match.index), number: false, unofficial: false });
      runs.push({ text: original.slice(match.index, match.index + match[0].length), number: true, unofficial: true });
      from = match.index + match[0].length;
    }
    if (from < original.length) runs.push({ text: original.slice(from), number: false, unofficial: false });
  }
  return runs;
}

function digits(number: string): string {
  return number.replace(/\D/g, '');
}

/** Warns about every number in the strings that is not one of `helplines` (as written: "0800-1000"; spaces and hyphens do not count). */
export function checkPhoneNumbers(strings: readonly StoryString[], helplines: readonly string[], report: Report): void {
  const known = new Set(helplines.map(digits));
  const listed = helplines.join(', ');
  for (const entry of strings) {
    for (const number of phoneNumbers(entry.text)) {
      if (known.has(digits(number))) continue;
      report(
        'warning',
        'unknown-phone-number',
        entry.path,
        `"${number}" in "${entry.key}" is not one of the app's helplines (${listed}): check it against the fact sheet, or use a helpline.`,
        { number, helplines: listed },
      );
    }
  }
}

/** A translation's strings, with their paths in the translation file. */
export function translatedStrings(translation: Translation): StoryString[] {
  return Object.entries(translation.strings).map(([key, entry]) => ({ key, text: entry.text, path: jsonPath(['strings', key, 'text']) }));
}
