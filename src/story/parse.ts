/**
 * Turns the text of an authored file into a typed value or a list of problems, each with a path.
 * Never throws and never hangs, whatever the input: size and depth are bounded before anything recursive runs.
 */
import * as v from 'valibot';
import { jsonPath, type PathSegment, type Problem } from './problem';

/** Larger story files are refused: a real story is well under 1 MB. */
export const MAX_FILE_BYTES = 5_000_000;
/** Deeper nesting than any real story needs; bounds the validator's recursion. */
export const MAX_DEPTH = 40;
/** One broken file should not bury the author in thousands of lines. */
const MAX_SCHEMA_PROBLEMS = 100;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function parseJsonText(text: string, file: string): Parsed<unknown> {
  if (text.length > MAX_FILE_BYTES) {
    return fail(file, 'too-large', '$', `The file is ${text.length} characters long; a story file may be at most ${MAX_FILE_BYTES}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(file, 'not-json', '$', `The file is not valid JSON: ${describeJsonError(error, text)}.`);
  }
  const found = walkValue(value);
  if (found.tooDeep) {
    return fail(file, 'too-deep', jsonPath(found.tooDeep), `The file nests deeper than ${MAX_DEPTH} levels here.`);
  }
  if (found.reserved.length > 0) {
    const problems = found.reserved.map((path) =>
      problem(
        file,
        'reserved-key',
        jsonPath(path),
        `The key "${String(path.at(-1))}" is reserved (every JavaScript object already has one) and would be dropped without a word: rename it.`,
      ),
    );
    return { ok: false, problems };
  }
  return { ok: true, value };
}

/** Validates an already-parsed value against a schema, turning every issue into a problem with its path. */
export function validate<T extends v.GenericSchema>(schema: T, value: unknown, file: string): Parsed<v.InferOutput<T>> {
  const result = v.safeParse(schema, value, { abortEarly: false });
  if (result.success) return { ok: true, value: result.output };
  const problems = result.issues.slice(0, MAX_SCHEMA_PROBLEMS).map((issue) => issueToProblem(issue, file));
  if (result.issues.length > MAX_SCHEMA_PROBLEMS) {
    problems.push(problem(file, 'schema', '$', `…and ${result.issues.length - MAX_SCHEMA_PROBLEMS} more schema problems.`));
  }
  return { ok: false, problems };
}

export function parseFile<T extends v.GenericSchema>(schema: T, text: string, file: string): Parsed<v.InferOutput<T>> {
  const json = parseJsonText(text, file);
  return json.ok ? validate(schema, json.value, file) : json;
}

function issueToProblem(issue: v.BaseIssue<unknown>, file: string): Problem {
  const segments: PathSegment[] = (issue.path ?? []).map((item) => {
    const key = (item as { key: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
  return { ...problem(file, 'schema', jsonPath(segments), describeIssue(issue)), ...textParams(issue) };
}

/** An empty or too long text, the schema problems an author meets while typing, told apart for the Studio's words. */
function textParams(issue: v.BaseIssue<unknown>): Pick<Problem, 'params'> {
  if (issue.type === 'min_length' && issue.requirement === 1) return { params: { context: 'empty' } };
  if (issue.type === 'max_length' && typeof issue.requirement === 'number') return { params: { context: 'too-long', max: issue.requirement } };
  return {};
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const received = issue.received;
  // Unknown keys in strict objects: the most common author typo, so name it plainly.
  if (issue.kind === 'schema' && issue.expected === 'never' && issue.type === 'strict_object') {
    return `Unknown field ${received}; check its spelling against docs/story-format.md.`;
  }
  if (issue.type === 'strict_object' && received === 'undefined') {
    return `A required field is missing (expected ${issue.expected}).`;
  }
  if (issue.kind === 'schema' && received === 'undefined') {
    return `This required field is missing (expected ${issue.expected}).`;
  }
  const custom = issue.message && !issue.message.startsWith('Invalid ');
  if (custom) return `${capitalise(issue.message)} (found ${received}).`;
  return `Expected ${issue.expected ?? 'something else'} but found ${received}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** Keys a validator drops from records without a word (valibot does), and that would reach an object's machinery. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_RESERVED_REPORTED = 20;

/**
 * Iterative, so a hostile file cannot overflow the stack here. Finds the path of the first too-deep value and the
 * paths of reserved keys.
 */
function walkValue(root: unknown): { tooDeep: PathSegment[] | null; reserved: PathSegment[][] } {
  type Entry = { value: unknown; depth: number; key?: PathSegment; parent?: Entry };
  const stack: Entry[] = [{ value: root, depth: 0 }];
  const reserved: PathSegment[][] = [];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const value = entry.value;
    if (value === null || typeof value !== 'object') continue;
    if (entry.depth >= MAX_DEPTH) return { tooDeep: pathOf(entry), reserved };
    const depth = entry.depth + 1;
    if (Array.isArray(value)) value.forEach((item, index) => stack.push({ value: item, depth, key: index, parent: entry }));
    else {
      for (const key of Object.keys(value)) {
        const child = { value: (value as Record<string, unknown>)[key], depth, key, parent: entry };
        if (RESERVED_KEYS.has(key) && reserved.length < MAX_RESERVED_REPORTED) reserved.push(pathOf(child));
        stack.push(child);
      }
    }
  }
  return { tooDeep: null, reserved };

  function pathOf(entry: Entry): PathSegment[] {
    const path: PathSegment[] = [];
    for (let at: Entry | undefined = entry; at?.key !== undefined; at = at.parent) path.unshift(at.key);
    return path;
  }
}

function problem(file: string, code: string, path: string, message: string): Problem {
  return { severity: 'error', code, file, path, message };
}

function fail(file: string, code: string, path: string, message: string): Parsed<never> {
  return { ok: false, problems: [problem(file, code, path, message)] };
}
