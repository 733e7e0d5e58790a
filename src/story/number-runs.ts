/**
 * Phone numbers and other groups of digits ("0800-1000", "+62 21 29244800") are read, copied and dialled whole, so a
 * line never breaks inside one: not in a balloon on a phone, on the wall or on an A7 zine page. The reader renders
 * each number as one unit and the story check's text fit counts it as one word, from this one rule.
 *
 * A number is digit groups joined by single spaces or hyphens ("+"-prefixed or not), with the punctuation that ends
 * it ("29244800." stays with it): what /\+?\d+(?:[ -]\d+)+[.,;:!?)]*\/g would match. That pattern backtracks through
 * every long run of digits (80,000 digits took 8.7 s), so the text is scanned once, left to right, instead.
 */

export interface TextRun {
  text: string;
  number: boolean;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isSeparator = (char: string | undefined) => char === ' ' || char === '-';
const ENDING_PUNCTUATION = '.,;:!?)';

/** The text cut into its plain stretches and its numbers, in order; joined, they give the text back. */
export function numberRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  let at = 0;
  while (at < text.length) {
    const start = at;
    const digitsFrom = text[at] === '+' ? at + 1 : at;
    if (!isDigit(text.charCodeAt(digitsFrom))) {
      at += 1;
      continue;
    }
    let end = digitsEnd(text, digitsFrom);
    let groups = 1;
    while (isSeparator(text[end]) && isDigit(text.charCodeAt(end + 1))) {
      end = digitsEnd(text, end + 1);
      groups += 1;
    }
    if (groups === 1) {
      // A lone group of digits is plain text; no number starts inside it either.
      at = end;
      continue;
    }
    while (end < text.length && ENDING_PUNCTUATION.includes(text[end]!)) end += 1;
    if (start > from) runs.push({ text: text.slice(from, start), number: false });
    runs.push({ text: text.slice(start, end), number: true });
    from = end;
    at = end;
  }
  if (from < text.length) runs.push({ text: text.slice(from), number: false });
  return runs;
}

/** A number's run without the punctuation that ends it ("0812-3456," → "0812-3456"). */
export function withoutEndingPunctuation(run: string): string {
  let end = run.length;
  while (end > 0 && ENDING_PUNCTUATION.includes(run[end - 1]!)) end -= 1;
  return run.slice(0, end);
}

function digitsEnd(text: string, from: number): number {
  let end = from;
  while (isDigit(text.charCodeAt(end))) end += 1;
  return end;
}

/**
 * Where the text's words sit, a number whole and other words up to a space, hyphen, dash or slash: what must not be
 * split across two lines (the wall's page-step fit measures each).
 */
export function wordSpans(text: string): { index: number; text: string }[] {
  const spans: { index: number; text: string }[] = [];
  let at = 0;
  for (const run of numberRuns(text)) {
    if (run.number) spans.push({ index: at, text: run.text });
    else for (const word of run.text.matchAll(/[^\s\-\u2013\u2014/]+/g)) spans.push({ index: at + word.index, text: word[0] });
    at += run.text.length;
  }
  return spans;
}

/** The units a line may break between: words split at spaces, each number whole (with what touches it). */
export function lineWords(paragraph: string): string[] {
  const joined = numberRuns(paragraph)
    .map((run) => (run.number ? run.text.replaceAll(' ', '\u00a0') : run.text))
    .join('');
  return joined.split(/[ \t\r\n]+/).filter(Boolean);
}
