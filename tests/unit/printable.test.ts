/**
 * Text from a file shown in a message (the tools, the app's "story cannot be opened" screen) cannot act: no control
 * character (a terminal's escape codes, line breaks) and nothing that reorders the line ("evil\u202egpj.svg" shown as
 * "evilsvg.jpg"), for every such character Unicode names, not only the override the issue showed (issue 16 item 16).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/story/printable';

/** Unicode's own classes: control characters, bidi controls, and the line and paragraph separators. */
const ACTS = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;

describe('text shown in a message', { timeout: 30_000 }, () => {
  it('has none of the characters that act, each written out as its code, and everything else as it was', () => {
    const acting = fc
      .integer({ min: 0, max: 0x2fff })
      .map((code) => String.fromCodePoint(code))
      .filter((char) => ACTS.test(char));
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), acting), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const shown = printable(value);
        expect(shown).not.toMatch(ACTS);
        // Read back, each <U+XXXX> is the character it stands for: nothing else was changed or lost.
        const readBack = shown.replace(/<U\+([0-9A-F]{4})>/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        expect(readBack).toBe(value.replace(/<U\+([0-9A-F]{4})>/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes each of Unicode's bidi controls out", () => {
    const controls = Array.from({ length: 0x3000 }, (_, code) => String.fromCharCode(code)).filter((char) => /\p{Bidi_Control}/u.test(char));
    expect(controls.length).toBe(12);
    for (const char of controls) expect(printable(`a${char}b`)).toBe(`a<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>b`);
  });
});
