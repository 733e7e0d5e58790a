/** Phone numbers in story text are one unit for line breaking: what the reader renders whole and the text fit counts. */
import { describe, expect, it } from 'vitest';
import { lineWords, numberRuns } from '../../src/story/number-runs';

describe('numbers in story text', () => {
  it('finds the helplines as written in the stories, each with the punctuation that ends it, and gives the text back whole', () => {
    const text = 'Dari luar negeri, +62 21 29244800; di Indonesia 0800-1000, gratis. Umur 18 tahun.';
    const runs = numberRuns(text);
    expect(runs.filter((run) => run.number).map((run) => run.text)).toEqual(['+62 21 29244800;', '0800-1000,']);
    expect(runs.map((run) => run.text).join('')).toBe(text);
  });

  it('leaves text without a group of digits as one plain run', () => {
    expect(numberRuns('Umur 18 tahun, biaya Rp 0.')).toEqual([{ text: 'Umur 18 tahun, biaya Rp 0.', number: false }]);
  });

  it('counts a number with its spaces as one word, with the punctuation that touches it', () => {
    expect(lineWords('telepon +62 21 29244800, Pak.')).toEqual(['telepon', '+62\u00a021\u00a029244800,', 'Pak.']);
  });
});
