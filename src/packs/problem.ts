/** Problems in a pack are the checker's Problem: the file is the entry's name in the pack (or the pack's own name). */
import type { Problem } from '../story/problem';

export function packProblem(file: string, code: string, message: string): Problem {
  return { severity: 'error', code, file, path: '$', message };
}

/** "it is damaged" → "It is damaged.": the parts below say what is wrong in a clause, the problem in a sentence. */
export function sentence(clause: string): string {
  return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
}
