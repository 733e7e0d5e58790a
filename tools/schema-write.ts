/**
 * npm run schema:write  writes schema/*.schema.json from src/story/schema.ts (the one source of truth).
 * npm run schema:check  fails when the committed files differ from what the schema would write.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NarrationSchema } from '../src/story/narration';
import { LessonCatalogSchema, StorySchema, TranslationSchema } from '../src/story/schema';
import { readArgs } from './args';
import { ROOT } from './story-files';

const files: { name: string; title: string; schema: GenericSchema }[] = [
  { name: 'story.schema.json', title: 'Komik Saku story', schema: StorySchema },
  { name: 'lessons.schema.json', title: 'Komik Saku lessons catalog', schema: LessonCatalogSchema },
  { name: 'translation.schema.json', title: 'Komik Saku story translation', schema: TranslationSchema },
  { name: 'narration.schema.json', title: 'Komik Saku story narration', schema: NarrationSchema },
];

const dir = join(ROOT, 'schema');
const check =
  readArgs({ check: { type: 'boolean', default: false } }, 'Usage: npm run schema:write  (or npm run schema:check, which is --check)').values.check === true;
let stale = 0;
mkdirSync(dir, { recursive: true });
for (const file of files) {
  // The JSON Schema holds what can be expressed in it; cross-references are the checker's (npm run story:check).
  // It describes the file as written (the input): what reading adds, such as a condition's kind, is not in it.
  const json = { ...toJsonSchema(file.schema, { target: 'draft-07', errorMode: 'throw', typeMode: 'input' }), title: file.title };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const path = join(dir, file.name);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`schema/${file.name} is out of date with src/story/schema.ts: run npm run schema:write`);
      stale += 1;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote schema/${file.name}`);
  }
}
if (check && stale === 0) console.log(`schema/: ${files.length} JSON Schema files match src/story/schema.ts`);
process.exitCode = stale > 0 ? 1 : 0;
