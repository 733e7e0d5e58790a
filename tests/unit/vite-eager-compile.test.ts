import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build, type Plugin, type Rolldown } from 'vite';
import { COMPILE_ALL, compileHints, eagerModuleWrappers } from '../../tools/vite-eager-compile';

const folder = mkdtempSync(join(tmpdir(), 'komik-saku-wrappers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Two CommonJS packages, the second using its wrapper's `arguments` at its top level, imported by an ES module. */
function bundle(plugins: Plugin[]): Promise<Rolldown.OutputChunk> {
  writeFileSync(join(folder, 'package.cjs'), "const greeting = 'halo';\nexports.greet = (name) => `${greeting} ${name}`;\n");
  writeFileSync(join(folder, 'uses-arguments.cjs'), 'exports.kind = typeof arguments;\n');
  writeFileSync(
    join(folder, 'entry.js'),
    "import { greet } from './package.cjs';\nimport outer from './uses-arguments.cjs';\nexport const said = greet('Sari');\nexport const kind = outer.kind;\n",
  );
  return build({
    configFile: false,
    logLevel: 'silent',
    root: folder,
    plugins,
    build: {
      write: false,
      minify: true,
      sourcemap: true,
      modulePreload: false,
      rolldownOptions: { input: join(folder, 'entry.js'), preserveEntrySignatures: 'strict' },
    },
  }).then((output) => {
    const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
    const chunk = outputs[0]!.output.find((item): item is Rolldown.OutputChunk => item.type === 'chunk' && item.isEntry)!;
    // The map as the build writes it beside the chunk.
    const map = outputs[0]!.output.find((item) => item.type === 'asset' && item.fileName === `${chunk.fileName}.map`);
    return { ...chunk, map: map?.type === 'asset' ? JSON.parse(String(map.source)) : chunk.map } as Rolldown.OutputChunk;
  });
}

async function run(code: string): Promise<Record<string, unknown>> {
  const file = join(folder, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code.replace(/^\/\/# sourceMappingURL=.*$/m, ''));
  return (await import(file)) as Record<string, unknown>;
}

it('writes the bundler’s CommonJS wrappers as parenthesized functions, which V8 compiles while the script downloads', async () => {
  const plain = await bundle([]);
  expect(plain.code).toMatch(/\(\(\(?\w+(,\w+)*\)?=>\{/);
  expect(plain.code).not.toContain('(function(');

  const eager = await bundle([eagerModuleWrappers()]);
  expect(eager.code.match(/\(\(function\(\w+(,\w+)*\)\{/g)).toHaveLength(1);
  // The package that uses `arguments` keeps its arrow: a function would give it arguments of its own.
  expect(eager.code).toMatch(/\(\(\(?\w+(,\w+)*\)?=>\{\s*\w+\.kind=typeof arguments/);
  // And the bundle still works the same.
  expect(await run(eager.code)).toEqual(await run(plain.code));
  expect(await run(eager.code)).toMatchObject({ said: 'halo Sari', kind: 'undefined' });
});

it('keeps the source map true: the package’s code maps to the same place in its own file as without the change', async () => {
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  const origin = (chunk: Rolldown.OutputChunk, text: string) => {
    const lines = chunk.code.split('\n');
    const line = lines.findIndex((code) => code.includes(text));
    return originalPositionFor(new TraceMap(chunk.map as never), { line: line + 1, column: lines[line]!.indexOf(text) });
  };
  const [plain, eager] = [await bundle([]), await bundle([eagerModuleWrappers()])];
  for (const text of ['.greet=', '`halo ', 'typeof arguments']) expect(origin(eager, text)).toEqual(origin(plain, text));
  expect(origin(eager, '`halo ')).toMatchObject({ source: expect.stringMatching(/package\.cjs$/), line: 2 });
});

it('starts the chunks named with the comment that has V8 compile all their functions as they download, on the first line', async () => {
  const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
  const [plain, hinted, other] = [await bundle([]), await bundle([compileHints(['entry'])]), await bundle([compileHints(['reader'])])];
  expect(hinted.code.split('\n')[0]).toBe(COMPILE_ALL);
  expect(hinted.code.slice(COMPILE_ALL.length + 1)).toBe(plain.code);
  expect(other.code).toBe(plain.code);
  // Its map moved a line down with it: the package's code still maps to its own line.
  const lines = hinted.code.split('\n');
  const line = lines.findIndex((code) => code.includes('`halo '));
  const original = originalPositionFor(new TraceMap(hinted.map as never), { line: line + 1, column: lines[line]!.indexOf('`halo ') });
  expect(original).toMatchObject({ source: expect.stringMatching(/package\.cjs$/), line: 2 });
});
