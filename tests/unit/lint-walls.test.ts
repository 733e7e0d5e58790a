/**
 * The layer walls hold: `npm run lint` fails on an import across each wall. Each file in tests/fixtures/lint/walls
 * crosses one wall and is linted as if it sat where its first line says; tests/fixtures/lint/allowed holds imports
 * the walls allow, so a rule that fired on everything would fail here too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../eslint.layers.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'lint');
// One instance for every file: loading the parser and the plugins is most of the time.
const eslint = new ESLint({ cwd: root, ignore: false });

const fixturesIn = (folder: string) =>
  readdirSync(join(fixtures, folder)).map((name) => {
    const text = readFileSync(join(fixtures, folder, name), 'utf8');
    const at = /^\/\/ As if at: (\S+)/.exec(text)?.[1];
    if (!at) throw new Error(`${folder}/${name} does not say where it is linted as if it were ("// As if at: src/...")`);
    return { name, at, text };
  });

const wallErrors = async (text: string, at: string) => {
  const [result] = await eslint.lintText(text, { filePath: join(root, at) });
  return result!.messages.filter((message) => ['import-x/no-restricted-paths', 'no-restricted-imports'].includes(message.ruleId ?? ''));
};

describe('the layer walls, as lint rules', { timeout: 120_000 }, () => {
  it.each(fixturesIn('walls'))('$name: lint fails ($at)', async ({ text, at }) => {
    const errors = await wallErrors(text, at);
    expect(errors.map((error) => error.severity)).toEqual([2]);
  });

  it.each(fixturesIn('allowed'))('$name: imports below the layer pass', async ({ text, at }) => {
    expect(await wallErrors(text, at)).toEqual([]);
  });

  it('finds an import cycle', async () => {
    const [result] = await eslint.lintFiles([join(fixtures, 'cycle', 'a.ts')]);
    expect(result!.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  });

  it('gives every folder of src/ a place among the layers', () => {
    const folders = readdirSync(join(root, 'src')).filter((name) => statSync(join(root, 'src', name)).isDirectory());
    expect(Object.keys(LAYERS).sort()).toEqual(folders.sort());
  });
});
