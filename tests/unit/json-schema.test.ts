/** The published JSON Schema (what an editor uses while an author types) agrees with the runtime validation. */
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
const storySchema = ajv.compile(read('schema/story.schema.json'));
const translationSchema = ajv.compile(read('schema/translation.schema.json'));
const lessonsSchema = ajv.compile(read('schema/lessons.schema.json'));
const stories = readdirSync(join(root, 'stories')).filter((name) => name !== 'lessons');

describe('schema/*.schema.json', () => {
  it.each(stories)('accepts the bundled story %s and its translations', (id) => {
    expect(storySchema(read(`stories/${id}/story.json`)), JSON.stringify(storySchema.errors)).toBe(true);
    for (const file of readdirSync(join(root, 'stories', id, 'i18n'))) {
      expect(translationSchema(read(`stories/${id}/i18n/${file}`)), `${file}: ${JSON.stringify(translationSchema.errors)}`).toBe(true);
    }
  });

  it('accepts the lessons catalog', () => {
    expect(lessonsSchema(read('stories/lessons/lessons.json'))).toBe(true);
  });

  it('flags a misspelt field, a wrong balloon kind and a bad ID where the author typed them', () => {
    const story = read('stories/sample/story.json') as { scenes: { id: string; pages: { panels: Record<string, unknown>[] }[] }[] };
    const panel = story.scenes[0]!.pages[0]!.panels[0]!;
    panel.descripton = panel.description;
    (panel.balloons as { kind: string }[])[0]!.kind = 'yell';
    story.scenes[1]!.id = 'Bad Id';
    expect(storySchema(story)).toBe(false);
    const where = storySchema.errors!.map((error) => error.instancePath);
    expect(where).toContain('/scenes/0/pages/0/panels/0');
    expect(where).toContain('/scenes/0/pages/0/panels/0/balloons/0/kind');
    expect(where).toContain('/scenes/1/id');
  });

  it('every bundled story file points editors at the schema', () => {
    for (const id of stories) expect(read(`stories/${id}/story.json`).$schema).toBe('../../schema/story.schema.json');
  });

  // A text of any length stalled a phone (a 60,000-digit balloon took 12 s to first render): every string the
  // formats hold has a cap, or a pattern or list that bounds it (issue 16 item 10). Written from src/story/schema.ts.
  it.each(['story', 'translation', 'lessons'])('%s: every text has a length limit', (name) => {
    const uncapped: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (node === null || typeof node !== 'object') return;
      const field = node as Record<string, unknown>;
      const bounded =
        typeof field.maxLength === 'number' ||
        'enum' in field ||
        'const' in field ||
        (typeof field.pattern === 'string' && /\$$/.test(field.pattern) && !/[*+]|\{\d+,\}/.test(field.pattern));
      if (field.type === 'string' && !bounded) uncapped.push(where);
      for (const [key, child] of Object.entries(field)) visit(child, `${where}/${key}`);
    };
    visit(read(`schema/${name}.schema.json`), '#');
    expect(uncapped).toEqual([]);
  });
});
