/** Walks into a value along `where` and puts `value` there: damage to one part of a good state (for property tests). */
export function damaged(root: unknown, where: number[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const [index, step] of where.entries()) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const child = node[key];
    if (index === where.length - 1 || child === null || typeof child !== 'object') {
      node[key] = value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return copy;
}
