/**
 * Phone numbers and other groups of digits ("0800-1000", "+62 21 29244800") are read, copied and dialled whole, so a
 * line never breaks inside one: not in a balloon on a phone, on the wall or on an A7 zine page. The reader renders
 * each number as one unit and the story check's text fit counts it as one word, from this one rule.
 */

/** Digit groups joined by spaces or hyphens, with the punctuation that ends them ("29244800." stays with it). */
export const NUMBER = /\+?\d+(?:[ -]\d+)+[.,;:!?)]*/g;

export interface TextRun {
  text: string;
  number: boolean;
}

/** The text cut into its plain stretches and its numbers, in order; joined, they give the text back. */
export function numberRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(NUMBER)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), number: false });
    runs.push({ text: match[0], number: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), number: false });
  return runs;
}

/** The units a line may break between: words split at spaces, each number whole (with what touches it). */
export function lineWords(paragraph: string): string[] {
  const joined = numberRuns(paragraph)
    .map((run) => (run.number ? run.text.replaceAll(' ', '\u00a0') : run.text))
    .join('');
  return joined.split(/[ \t\r\n]+/).filter(Boolean);
}
