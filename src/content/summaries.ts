/** The bundled stories as the library lists them, made at build time (summary.ts, tools/vite-story-summaries.ts). */
import summaries from 'virtual:komik-saku/story-summaries';
import type { StorySummary } from './summary';

export const storySummaries = summaries as StorySummary[];

/**
 * Stories written for authors, not readers: the sample shows every feature of the format in author-facing words. It
 * still opens by its address (#/read/sample: the tests, the format's documentation, the coming Studio) but the
 * readers' library does not list it.
 */
export const AUTHOR_STORIES: ReadonlySet<string> = new Set(['sample']);

/** The stories a reader's library lists. */
export const readerSummaries = storySummaries.filter((summary) => !AUTHOR_STORIES.has(summary.id));
