/** Loads the lessons catalog and its translations; a broken catalog yields problems, never an exception. */
import { loadCatalog, loadTranslation } from '../story/load';
import type { Problem } from '../story/problem';
import type { LessonCatalog, Translation } from '../story/schema';
import { CATALOG_FILE, loadCatalogText, translationFilesOf } from './bundled';

export type CatalogLoad = { ok: true; catalog: LessonCatalog; translations: Translation[] } | { ok: false; problems: Problem[] };

let pending: Promise<CatalogLoad> | null = null;

export function loadBundledCatalog(): Promise<CatalogLoad> {
  pending ??= load();
  return pending;
}

async function load(): Promise<CatalogLoad> {
  const parsed = loadCatalog(await loadCatalogText(), CATALOG_FILE);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const translations: Translation[] = [];
  for (const entry of translationFilesOf('lessons')) {
    const result = loadTranslation(await entry.load(), entry.file);
    if (result.ok) translations.push(result.value);
  }
  return { ok: true, catalog: parsed.value, translations };
}
