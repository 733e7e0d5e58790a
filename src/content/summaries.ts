/** The bundled stories as the library lists them, made at build time (summary.ts, tools/vite-story-summaries.ts). */
import summaries from 'virtual:komik-saku/story-summaries';
import type { StorySummary } from './summary';

export const storySummaries = summaries as StorySummary[];
