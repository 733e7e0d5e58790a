/**
 * Code splitting (build only): everything the entry imports statically goes into one chunk, "app". Without this rule
 * the bundler splits out each module that a lazy screen shares with the entry (the engine, the story text, React's
 * runtime) as a chunk of its own: the first download is the same code in eight files, with eight files' overhead
 * (116.8 → 118.9 KB gzip when the Studio's preview began sharing the reader's parts). Lazy screens import "app".
 */
import type { Rolldown } from 'vite';

type ModuleInfo = Pick<Rolldown.ModuleInfo, 'isEntry' | 'importers'>;
type Group = NonNullable<Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>['groups']>[number];

/**
 * True when an entry reaches the module through static imports only (what runs before the first screen). `reached`
 * remembers modules found reachable, across calls; an unreachable answer is not kept, as it may have been decided
 * while an import cycle was still open.
 */
export function staticallyFromEntry(id: string, info: (id: string) => ModuleInfo | null, reached = new Set<string>()): boolean {
  const seen = new Set<string>();
  const walk = (moduleId: string): boolean => {
    if (reached.has(moduleId)) return true;
    if (seen.has(moduleId)) return false;
    seen.add(moduleId);
    const module = info(moduleId);
    const found = module !== null && (module.isEntry || module.importers.some(walk));
    if (found) reached.add(moduleId);
    return found;
  };
  return walk(id);
}

/** The entry's own modules (index.html and the script it names) stay in the entry chunk; the rest of its reach is "app". */
export function firstChunkGroup(): Group {
  const reached = new Set<string>();
  return {
    debugName: 'app',
    name: (id, context) => {
      const info = (moduleId: string) => context.getModuleInfo(moduleId);
      const module = info(id);
      if (module === null || module.isEntry || module.importers.some((importer) => info(importer)?.isEntry)) return null;
      return staticallyFromEntry(id, info, reached) ? 'app' : null;
    },
  };
}
