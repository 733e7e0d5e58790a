import { describe, expect, it } from 'vitest';
import { chunkGroups, staticallyFromEntry } from '../../tools/vite-first-chunk';

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

describe('the reader’s chunk takes what the reader loads statically, beyond the first chunk', () => {
  // main.tsx imports app.tsx and, lazily, reader-screen.tsx and load-story.ts; the reader shares the engine with "app",
  // and panel-view.tsx with the projector; the ending's listen mode and the story's text are fetched lazily.
  const info = graph(
    {
      'index.html': [],
      '/src/main.tsx': ['index.html'],
      '/src/app/app.tsx': ['/src/main.tsx'],
      '/src/engine/engine.ts': ['/src/app/app.tsx', '/src/reader/reader-screen.tsx'],
      '/src/reader/reader-screen.tsx': [],
      '/src/app/reader-strings.ts': [],
      '/src/content/load-story.ts': [],
      '/src/story/load.ts': ['/src/content/load-story.ts'],
      '/src/comic/panel-view.tsx': ['/src/reader/reader-screen.tsx', '/src/present/present-screen.tsx'],
      '/src/present/present-screen.tsx': [],
      '/src/present/wall.ts': ['/src/present/present-screen.tsx'],
      '/src/reader/listen.ts': [],
      '/stories/sari/story.json?raw': [],
      // The library's offline row, fetched once the library has started, shares a small module with the reader.
      '/src/library/story-offline.tsx': [],
      '/src/ui/feature-words.ts': ['/src/library/story-offline.tsx', '/src/reader/reader-screen.tsx'],
    },
    ['index.html'],
  );
  const groups = chunkGroups();
  /** The chunk a module goes to: the first group that names it (a group also takes what its modules import). */
  const name = (id: string) => {
    for (const group of groups) {
      const named = (group.name as (id: string, context: { getModuleInfo: typeof info }) => string | null)(id, { getModuleInfo: info });
      if (named !== null) return named;
    }
    return null;
  };

  it('puts the reader, its words, the story loader and the parts it shares with other screens in one chunk', () => {
    for (const id of [
      '/src/reader/reader-screen.tsx',
      '/src/app/reader-strings.ts',
      '/src/content/load-story.ts',
      '/src/story/load.ts',
      '/src/comic/panel-view.tsx',
    ])
      expect(name(id)).toBe('reader');
  });

  it('leaves out what the first chunk has, other screens’ own parts, and what is fetched lazily', () => {
    for (const id of ['/src/engine/engine.ts', '/src/app/app.tsx']) expect(name(id)).toBe('app');
    for (const id of ['/src/present/wall.ts', '/src/reader/listen.ts', '/stories/sari/story.json?raw']) expect(name(id)).toBeNull();
  });

  it('puts what the library’s own lazy parts share with the reader in the first chunk, so the library does not fetch the reader', () => {
    expect(name('/src/ui/feature-words.ts')).toBe('app');
    expect(name('/src/library/story-offline.tsx')).toBeNull();
  });
});
