/** How the tools show problems to a person: grouped by file, one line each, text from the files made printable. */
import { printable } from '../src/story/printable';
import type { Problem } from '../src/story/problem';

/** Text from the files is shown as text: no terminal escapes, no reordering of the line (printable.ts). */
export function shownProblem(problem: Problem): Problem {
  return { ...problem, file: printable(problem.file), path: printable(problem.path), message: printable(problem.message) };
}

export function printProblems(list: Problem[]): void {
  const byFile = new Map<string, Problem[]>();
  for (const problem of list) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  for (const [file, items] of byFile) {
    console.log(file);
    for (const item of items) console.log(`  ${item.severity.padEnd(7)} ${item.path}  [${item.code}] ${item.message}`);
    console.log('');
  }
}
