import { describe, expect, it } from 'vitest';
import { staticallyFromEntry } from '../../tools/vite-first-chunk';

/** A module graph as the bundler reports it: each module's static importers (dynamic imports are not importers). */
function graph(importers: Record<string, string[]>, entries: string[]) {
  return (id: string) => (id in importers ? { isEntry: entries.includes(id), importers: importers[id]! } : null);
}

describe('the first chunk takes what the entry imports statically', () => {
  const info = graph(
    {
      'index.html': [],
      'main.tsx': ['index.html'],
      'app.tsx': ['main.tsx', 'studio.tsx'],
      'engine.ts': ['app.tsx', 'reader.tsx'],
      // reader.tsx and studio.tsx are imported only with import(): no static importers
      'reader.tsx': [],
      'studio.tsx': [],
      'studio-only.ts': ['studio.tsx'],
      'cycle-a.ts': ['cycle-b.ts'],
      'cycle-b.ts': ['cycle-a.ts', 'reader.tsx'],
    },
    ['index.html'],
  );

  it('reaches a module shared by the entry and a lazy screen, through any static path', () => {
    expect(staticallyFromEntry('engine.ts', info)).toBe(true);
    expect(staticallyFromEntry('app.tsx', info)).toBe(true);
  });

  it('leaves out lazy screens and what only they import, even through an import cycle', () => {
    expect(staticallyFromEntry('reader.tsx', info)).toBe(false);
    expect(staticallyFromEntry('studio-only.ts', info)).toBe(false);
    expect(staticallyFromEntry('cycle-a.ts', info)).toBe(false);
    expect(staticallyFromEntry('unknown.ts', info)).toBe(false);
  });
});

it('a module met inside an import cycle before its way to the entry is still found, asked again', () => {
  // b is imported only by a; a imports b and is imported by main. Asking about a walks to b, which sees a still open.
  const info = graph({ 'index.html': [], 'main.tsx': ['index.html'], 'a.ts': ['b.ts', 'main.tsx'], 'b.ts': ['a.ts'] }, ['index.html']);
  const reached = new Set<string>();
  expect(staticallyFromEntry('a.ts', info, reached)).toBe(true);
  expect(staticallyFromEntry('b.ts', info, reached)).toBe(true);
});
