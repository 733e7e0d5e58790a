/**
 * story:map writes story text into two other languages, SVG and Mermaid: whatever a title or a choice says (markup,
 * quotes, pipes, brackets, entities, line breaks, characters that reorder text), it stays text there (issue 16 item 16,
 * for the class, not only the example in tools.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlTokens } from '../../src/story/art-file/xml';
import { printable } from '../../src/story/printable';
import { storyMap } from '../../tools/map/graph';
import { mermaid, mermaidLabel } from '../../tools/map/mermaid';
import { mapSvg } from '../../tools/map/svg';
import { bundledStory } from '../fixtures/bundled-story';

const story = bundledStory('sample');
/** Text an author (or someone who wants to break the map) might write: markup, both languages' quoting, any character. */
const storyText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '|',
      '[',
      ']',
      '(',
      ')',
      '{',
      '}',
      '#',
      ';',
      '\n',
      '\u202e',
      '\u2066',
      '<script>',
      '&amp;',
      '&#60;',
      ']]>',
      '<!--',
      'onload=',
      'a',
      ' ',
      'é',
    ),
    maxLength: 30,
  }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const MAP_ELEMENTS = new Set(['svg', 'style', 'defs', 'marker', 'path', 'g', 'title', 'rect', 'text', 'tspan']);

describe('story text in the map', { timeout: 60_000 }, () => {
  it("is text in the SVG: well-formed, only the map's own elements, no handlers, whatever the titles and choices say", () => {
    fc.assert(
      fc.property(fc.func(storyText), storyText, (textOf, title) => {
        const svg = mapSvg(
          storyMap(story, (key) => textOf(key)),
          title,
        );
        for (const token of xmlTokens(svg)) {
          expect(['open', 'close', 'text']).toContain(token.kind);
          if (token.kind === 'open') {
            expect(MAP_ELEMENTS.has(token.name), token.name).toBe(true);
            expect(token.attributes.filter((attribute) => /^on/i.test(attribute.name))).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is one quoted Mermaid label that reads back as the text, shown printable, and cannot end early', () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const label = mermaidLabel(text);
        expect(label).toMatch(/^"[^"|[\]<>{}\n]*"$/);
        const readBack = label.slice(1, -1).replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
        expect(readBack).toBe(printable(text.replace(/[\t\r\n]+/g, ' ')));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves the Mermaid flowchart with one line per scene, ending and link, whatever the text', () => {
    const map = storyMap(story, (_key, fallback) => fallback);
    const lines = mermaid(map).trimEnd().split('\n').length;
    fc.assert(
      fc.property(fc.func(storyText), (textOf) => {
        expect(
          mermaid(storyMap(story, (key) => textOf(key)))
            .trimEnd()
            .split('\n'),
        ).toHaveLength(lines);
      }),
      { numRuns: 300 },
    );
  });
});
