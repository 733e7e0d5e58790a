/** Phone numbers in story text are one unit for line breaking: what the reader renders whole and the text fit counts. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
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

  // The rule as it was first written: a regular expression, quadratic on long runs of digits, kept here as the meaning.
  const REFERENCE = /\+?\d+(?:[ -]\d+)+[.,;:!?)]*/g;
  const reference = (text: string) => [...text.matchAll(REFERENCE)].map((match) => [match.index, match[0]]);
  const found = (text: string) => {
    let at = 0;
    return numberRuns(text).flatMap((run) => {
      const start = at;
      at += run.text.length;
      return run.number ? [[start, run.text]] : [];
    });
  };

  it('finds exactly the numbers the pattern it replaces finds, in any mix of digits, signs, spaces and punctuation', () => {
    const text = fc.string({ unit: fc.constantFrom('0', '1', '9', '+', ' ', '-', '.', ')', ',', 'a', '\n', '\u0661'), maxLength: 40 });
    fc.assert(
      fc.property(text, (value) => {
        expect(found(value)).toEqual(reference(value));
        expect(
          numberRuns(value)
            .map((run) => run.text)
            .join(''),
        ).toBe(value);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a million digits, with or without separators, in one pass (the pattern took 8.7 s for 80,000)', () => {
    // In a process of its own, stopped after 20 s: a quadratic scan would run for many minutes and cannot be
    // interrupted inside the test; one pass takes milliseconds.
    const root = join(import.meta.dirname, '..', '..');
    const script = `
      import { numberRuns } from './src/story/number-runs.ts';
      for (const text of ['7'.repeat(1_000_000), '12 '.repeat(300_000), '+'.repeat(500_000) + '1'.repeat(500_000), '1-'.repeat(400_000) + 'x']) {
        if (numberRuns(text).map((run) => run.text).join('') !== text) process.exit(3);
      }`;
    const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['--input-type=module', '-e', script], { cwd: root, timeout: 20_000, encoding: 'utf8' });
    // tsx passes the stop on to its child: killed, it exits 143 rather than with a signal.
    const stopped = run.signal !== null || run.status === 143;
    expect(run.status, stopped ? 'still scanning after 20 s' : run.stderr).toBe(0);
  }, 30_000);
});
