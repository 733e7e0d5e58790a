/**
 * Vite plugins (build only) that let V8 compile the code a first visit runs on a background thread, while the script
 * downloads, instead of function by function on the main thread as it first runs. On a slow phone that lazy
 * compilation was most of the start's long tasks: 3-4 ms of each 5-8 ms slice of React's first render at 1x CPU
 * (issue 21, docs/performance.md).
 *
 * eagerModuleWrappers: the bundler wraps each CommonJS package (React, react-dom, the scheduler) in a function
 * that runs when the package is first required, `__commonJSMin((exports, module) => { … })`. V8 compiles a function
 * in parentheses eagerly, on a background thread while the script downloads, when it is a `function` expression; the
 * bundler's arrow was parsed again on the main thread when the app's chunk ran (react-dom's is 200 KB). Written as
 * `(function (exports, module) { … })` the app chunk's evaluation went from 29–32 to 19–21 ms at 1x CPU, and the
 * blocking a 10x simulation counts from 654 and 623 to 438 and 410 ms (issue 21, docs/performance.md).
 */
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

type Node = { type: string; start: number; end: number; [key: string]: unknown };
type Parse = (code: string) => unknown;

const WRAPPERS = /^__commonJS(Min)?$/;

/** Every node below `node`, depth first; `enter` answers whether to go into a node's children. */
function walk(node: unknown, enter: (node: Node) => boolean): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, enter);
    return;
  }
  if (typeof node !== 'object' || node === null || typeof (node as Node).type !== 'string') return;
  if (!enter(node as Node)) return;
  for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') walk(value, enter);
}

/** Whether an arrow's body uses its surrounding `this` or `arguments`, which a `function` would change. */
function usesOuterThis(body: Node): boolean {
  let found = false;
  walk(body, (node) => {
    if (node.type === 'ThisExpression' || (node.type === 'Identifier' && node.name === 'arguments')) found = true;
    // Below these, `this` and `arguments` are their own; a class's field initialisers are too, its `extends` is not.
    return !found && !['FunctionExpression', 'FunctionDeclaration', 'ClassBody'].includes(node.type);
  });
  return found;
}

/** The arrow handed to a CommonJS wrapper, through the parentheses the bundler puts around it. */
function wrappedArrow(call: Node): Node | undefined {
  const callee = call.callee as Node;
  if (callee.type !== 'Identifier' || !WRAPPERS.test(callee.name as string)) return undefined;
  let argument = (call.arguments as Node[])[0];
  while (argument?.type === 'ParenthesizedExpression') argument = argument.expression as Node;
  if (argument?.type !== 'ArrowFunctionExpression' || argument.async) return undefined;
  return (argument.body as Node).type === 'BlockStatement' ? argument : undefined;
}

/** The chunk with each CommonJS wrapper's arrow written as a parenthesized `function`, or null when there is none. */
export function eagerWrappers(code: string, parse: Parse): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
  if (!code.includes('__commonJS')) return null;
  const text = new MagicString(code);
  walk(parse(code), (node) => {
    const arrow = node.type === 'CallExpression' ? wrappedArrow(node) : undefined;
    const body = arrow?.body as Node | undefined;
    if (!arrow || !body || usesOuterThis(body)) return true;
    const params = arrow.params as Node[];
    const list = params.length ? code.slice(params[0]!.start, params[params.length - 1]!.end) : '';
    text.overwrite(arrow.start, body.start, `function(${list}) `);
    return true;
  });
  return text.hasChanged() ? { code: text.toString(), map: text.generateMap({ hires: true }) } : null;
}

/** The magic comment that has V8 (Chrome 136 and later) compile every function of the file eagerly, as it streams. */
export const COMPILE_ALL = '//# allFunctionsCalledOnLoad';

/**
 * The chunks named (the first screen's "app", the reader's "reader": tools/vite-first-chunk.ts) start with COMPILE_ALL,
 * which V8 reads only on a file's first line, so this runs after every other plugin has written the chunks. Most of
 * their functions run as the app starts or a story opens. (Source maps, when the build writes them, move a line down.)
 */
export function compileHints(chunkNames: string[]): Plugin {
  return {
    name: 'komik-saku-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunkNames.includes(chunk.name) || chunk.code.startsWith(COMPILE_ALL)) continue;
          chunk.code = `${COMPILE_ALL}\n${chunk.code}`;
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset') {
            const written = JSON.parse(String(map.source)) as { mappings: string };
            map.source = JSON.stringify({ ...written, mappings: `;${written.mappings}` });
          }
        }
      },
    },
  };
}

export function eagerModuleWrappers(): Plugin {
  return {
    name: 'komik-saku-eager-module-wrappers',
    apply: 'build',
    renderChunk(code) {
      return eagerWrappers(code, (source) => this.parse(source));
    },
  };
}
