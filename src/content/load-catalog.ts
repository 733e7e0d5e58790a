/** Loads the lessons catalog and its translations; a broken catalog yields problems, never an exception. */
import lessonsBuilt from 'virtual:komik-saku/lessons-built';
import { loadBuiltCatalog, loadBuiltTranslation, loadCatalog, loadTranslation } from '../story/load';
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

/**
 * The build read the catalog and its translations from the same files these chunks hold: when it passed them all they
 * are not validated again (a slow phone's long task when a story opened, issue 21). Otherwise each is, and told.
 */
const readCatalog = lessonsBuilt ? loadBuiltCatalog : loadCatalog;
const readTranslation = lessonsBuilt ? loadBuiltTranslation : loadTranslation;

async function load(): Promise<CatalogLoad> {
  // Fetched side by side with the catalog: on a slow connection each round trip is felt.
  const translationTexts = translationFilesOf('lessons').map((entry) =>
    entry.load().then(
      (text) => ({ file: entry.file, text }),
      () => null,
    ),
  );
  const parsed = readCatalog(await loadCatalogText(), CATALOG_FILE);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const translations: Translation[] = [];
  // A translation that cannot be fetched or read is left out: its language falls back to the source language.
  for (const fetched of await Promise.all(translationTexts)) {
    const result = fetched && readTranslation(fetched.text, fetched.file);
    if (result?.ok) translations.push(result.value);
  }
  return { ok: true, catalog: parsed.value, translations };
}
