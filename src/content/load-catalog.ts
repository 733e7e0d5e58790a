/** Loads the lessons catalog and its translations; a broken catalog yields problems, never an exception. */
import { loadCatalog, loadTranslation } from '../story/load';
import type { Problem } from '../story/problem';
import type { LessonCatalog, Translation } from '../story/schema';
import { CATALOG_FILE, loadCatalogText, translationFilesOf } from './bundled';

export type CatalogLoad = { ok: true; catalog: LessonCatalog; translations: Translation[] } | { ok: false; problems: Problem[] };

let pending: Promise<CatalogLoad> | null = null;

/** Loaded once per session; a catalog that could not be fetched is tried again on the next call. */
export function loadBundledCatalog(): Promise<CatalogLoad> {
  pending ??= load().catch((error: unknown) => {
    pending = null;
    return {
      ok: false,
      problems: [{ severity: 'error', code: 'unreadable', file: CATALOG_FILE, path: '$', message: `The file could not be read: ${String(error)}` }],
    };
  });
  return pending;
}

async function load(): Promise<CatalogLoad> {
  const parsed = loadCatalog(await loadCatalogText(), CATALOG_FILE);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const translations: Translation[] = [];
  for (const entry of translationFilesOf('lessons')) {
    // A translation that cannot be fetched or read is left out: its language falls back to the source language.
    const result = await entry.load().then(
      (text) => loadTranslation(text, entry.file),
      () => null,
    );
    if (result?.ok) translations.push(result.value);
  }
  return { ok: true, catalog: parsed.value, translations };
}
