/**
 * Code splitting (build only).
 * - Everything the entry imports statically goes into one chunk, "app". Without this rule the bundler splits out each
 *   module that a lazy screen shares with the entry (the engine, the story text, React's runtime) as a chunk of its
 *   own: the first download is the same code in eight files, with eight files' overhead (116.8 → 118.9 KB gzip when
 *   the Studio's preview began sharing the reader's parts). Lazy screens import "app".
 * - Everything the reader imports statically, beyond "app", goes into one chunk, "reader". The reader shares most of
 *   its parts with the projector, print and the Studio, so the bundler had split them into 30 chunks, down to 62
 *   bytes each; a story opened from a link asked for all of them, and each request, compile and instantiation was
 *   main-thread work on a slow phone (issue 21). Stories' texts and lazy parts stay files of their own.
 * - What the library's own lazy parts (its offline row, the download offer, the update prompt) share with the reader
 *   goes into "app" too (today one 154-byte module): in "reader" (a group also takes what its modules import), it had a
 *   first visit's library fetch, compile and run the whole 100 KB reader chunk while the app was starting (issue 21);
 *   in a chunk of its own, it would be one more request when a story opens. bench:size keeps "app" within budget.
 */
import type { Rolldown } from 'vite';

type ModuleInfo = Pick<Rolldown.ModuleInfo, 'isEntry' | 'importers'>;
type Group = NonNullable<Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>['groups']>[number];
type Info = (id: string) => ModuleInfo | null;

/** The modules the reader's screen loads: its component, its words, and the story loader it fetches the story with. */
const READER_ROOTS = ['/src/reader/reader-screen.tsx', '/src/app/reader-strings.ts', '/src/content/load-story.ts'];

/** The parts the library fetches once it has started, on every first visit: they must not bring the reader along. */
const LIBRARY_LAZY_ROOTS = ['/src/library/story-offline.tsx', '/src/content/offline/save-all.ts', '/src/app/update-prompt.tsx'];

/**
 * True when `root` reaches the module through static imports only (what is loaded with it). `reached` remembers
 * modules found reachable, across calls; an unreachable answer is not kept, as it may have been decided while an
 * import cycle was still open.
 */
export function staticallyFrom(id: string, info: Info, root: (id: string, module: ModuleInfo) => boolean, reached = new Set<string>()): boolean {
  const seen = new Set<string>();
  const walk = (moduleId: string): boolean => {
    if (reached.has(moduleId)) return true;
    if (seen.has(moduleId)) return false;
    seen.add(moduleId);
    const module = info(moduleId);
    const found = module !== null && (root(moduleId, module) || module.importers.some(walk));
    if (found) reached.add(moduleId);
    return found;
  };
  return walk(id);
}

/** True when an entry reaches the module through static imports only (what runs before the first screen). */
export function staticallyFromEntry(id: string, info: Info, reached = new Set<string>()): boolean {
  return staticallyFrom(id, info, (_id, module) => module.isEntry, reached);
}

/**
 * The two groups, in order: "app", the entry's own modules aside (they stay in the entry chunk), with what the library's
 * lazy parts share with the reader; then "reader", what the reader loads statically beyond "app". They share what they
 * found reachable from the entry and from the reader.
 */
export function chunkGroups(): Group[] {
  const fromEntry = new Set<string>();
  const fromReader = new Set<string>();
  const fromLibraryLazy = new Set<string>();
  const isReaderRoot = (id: string) => READER_ROOTS.some((root) => id.endsWith(root));
  const isLibraryLazyRoot = (id: string) => LIBRARY_LAZY_ROOTS.some((root) => id.endsWith(root));
  const app: Group = {
    debugName: 'app',
    name: (id, context) => {
      const info = (moduleId: string) => context.getModuleInfo(moduleId);
      const module = info(id);
      if (module === null || module.isEntry || module.importers.some((importer) => info(importer)?.isEntry)) return null;
      if (staticallyFromEntry(id, info, fromEntry)) return 'app';
      const shared = staticallyFrom(id, info, isLibraryLazyRoot, fromLibraryLazy) && staticallyFrom(id, info, isReaderRoot, fromReader);
      return shared ? 'app' : null;
    },
  };
  const reader: Group = {
    debugName: 'reader',
    name: (id, context) => {
      const info = (moduleId: string) => context.getModuleInfo(moduleId);
      if (staticallyFromEntry(id, info, fromEntry)) return null;
      return staticallyFrom(id, info, isReaderRoot, fromReader) ? 'reader' : null;
    },
  };
  return [app, reader];
}
