/**
 * Reachability over any graph, the one helper for it: the checker walks scenes (conditions ignored), the explorer
 * (engine/explore.ts) walks reading states (conditions played).
 */

/** Every node `from` reaches, `from` included. */
export function reachable<T>(from: Iterable<T>, neighbours: (node: T) => readonly T[]): Set<T> {
  const seen = new Set(from);
  const queue = [...seen];
  while (queue.length > 0) {
    for (const next of neighbours(queue.pop()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** The same edges the other way round: for each node, the nodes that lead to it. */
export function reversed<T>(edges: ReadonlyMap<T, readonly T[]>): Map<T, T[]> {
  const into = new Map<T, T[]>();
  for (const [from, list] of edges) {
    for (const to of list) {
      const sources = into.get(to);
      if (sources) sources.push(from);
      else into.set(to, [from]);
    }
  }
  return into;
}
