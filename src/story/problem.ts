/** A finding about an authored file: where it is and what is wrong, in a plain sentence. */
export interface Problem {
  /** A note is for information only (narration not recorded yet): nothing needs fixing. */
  severity: 'error' | 'warning' | 'note';
  /** A short stable name of the rule, for tools and tests (e.g. "broken-target"). */
  code: string;
  /** The file, as the author knows it (e.g. "stories/sample/story.json"). */
  file: string;
  /** A JSONPath into the file, e.g. "$.scenes[2].then.choices[0].target"; "$" for the whole file. */
  path: string;
  message: string;
  /**
   * The message's particulars (a scene ID, a number), so a screen can word the problem in its reader's language
   * (the Studio); `context` tells apart the forms of one rule (e.g. a broken "next" or "choice" target).
   */
  params?: ProblemParams;
}

export type ProblemParams = Readonly<Record<string, string | number>>;

export type PathSegment = string | number;

/** Writes a path as JSONPath: $.scenes[2].id, with quoted keys where a key is not a plain name. */
export function jsonPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
