/**
 * Issue 21: the built page carries the library's list of stories as JSON, not as script. A story's text cannot end
 * that element early, and the list reads back as it was written.
 */
import { describe, expect, it } from 'vitest';
import type { StorySummary } from '../../src/content/summary';
import { SUMMARIES_ELEMENT, summariesElement } from '../../tools/vite-story-summaries';

const hostile: StorySummary = {
  ok: true,
  id: 'hostile',
  file: 'stories/hostile/story.json',
  language: 'id',
  title: { id: 'Judul </script><script>alert(1)</script>' },
  summary: { id: 'Ringkasan <!-- dan </SCRIPT > juga' },
  cover: 'cover.svg',
  firstArt: null,
  panels: 1,
  endings: 1,
  languages: ['id'],
};

describe('the stories list in the page', () => {
  it('cannot be ended early by a story’s text, and reads back the same', () => {
    const element = summariesElement([hostile]);
    const opening = `<script type="application/json" id="${SUMMARIES_ELEMENT}">`;
    expect(element.startsWith(opening)).toBe(true);
    const body = element.slice(opening.length, -'</script>'.length);
    expect(body).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(body)).toEqual([hostile]);
  });
});
