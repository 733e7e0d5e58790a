/**
 * Moving progress between devices: as a file, or as a short code to type or send. Importing adds to what is here and
 * never takes anything away: lessons are merged (none is ever lost), endings are merged, and an imported place in a
 * story replaces this phone's only when it has read further (engine isFurther: never a step back). Parts that cannot
 * be read are left out and counted, and the reader is told exactly what changed.
 */
import { loadBundledCatalog } from '../content/load-catalog';
import { loadBundledStory } from '../content/load-story';
import { isFurther, restore, type ReadingState } from '../engine';
import { sanitizeLessons, useLessons } from '../store/lessons';
import { sanitizeProgress, useProgress } from '../store/progress';
import { entryOf, isRecord, records } from '../store/records';

const CODE_PREFIX = 'KS1-';

export interface ProgressExport {
  app: 'komik-saku';
  exportVersion: 1;
  exportedAt: string;
  progress: { saves: Record<string, unknown>; endings: Record<string, string[]> };
  lessons: { completed: Record<string, { at: string; storyId: string }> };
}

export function exportProgress(now = new Date()): ProgressExport {
  const { saves, endings } = useProgress.getState();
  return {
    app: 'komik-saku',
    exportVersion: 1,
    exportedAt: now.toISOString(),
    progress: { saves, endings },
    lessons: { completed: useLessons.getState().completed },
  };
}

export type ImportResult =
  | { ok: false }
  | {
      ok: true;
      /** Places taken from the import, endings and lessons new to this phone (lessons this version knows). */
      stories: number;
      endings: number;
      lessons: number;
      /** Places left as they were: this phone's had read as far or further. */
      kept: number;
      /** Lessons this version of the app does not know (a newer one does): kept, not counted as learned. */
      unknownLessons: number;
      /** Parts that could not be read, left out. */
      refused: number;
    };

export async function importProgress(value: unknown): Promise<ImportResult> {
  if (!isRecord(value) || value.app !== 'komik-saku' || value.exportVersion !== 1) return { ok: false };
  let refused = 0;
  const drop = () => (refused += 1);
  const progress = sanitizeProgress(value.progress, drop);
  const lessons = sanitizeLessons(value.lessons, drop);
  if (!progress || !lessons) return { ok: false };
  const here = useProgress.getState();
  const taken = records<ReadingState>();
  let kept = 0;
  for (const [storyId, save] of Object.entries(progress.saves)) {
    const current = entryOf(here.saves, storyId);
    const load = await loadBundledStory(storyId);
    // A story this version does not have: its place is kept for a version that has it, unless there is one already.
    if (!load.ok) {
      if (current) kept += 1;
      else taken[storyId] = save;
    } else if (isFurther(load.value.story, save, current)) taken[storyId] = save;
    else if (restore(load.value.story, save).status === 'reset') refused += 1;
    else kept += 1;
  }
  const endings = Object.entries(progress.endings).reduce(
    (count, [storyId, list]) => count + list.filter((ending) => !entryOf(here.endings, storyId)?.includes(ending)).length,
    0,
  );
  const fresh = Object.keys(lessons.completed).filter((id) => !entryOf(useLessons.getState().completed, id));
  const catalog = await loadBundledCatalog();
  const known = fresh.filter((id) => !catalog.ok || catalog.catalog.lessons.some((lesson) => lesson.id === id));
  here.adopt(taken, progress.endings);
  useLessons.getState().merge(lessons.completed);
  return { ok: true, stories: Object.keys(taken).length, endings, lessons: known.length, kept, unknownLessons: fresh.length - known.length, refused };
}

/** The export, deflated and base64url-encoded, so it fits in a message. */
export async function progressCode(data: ProgressExport = exportProgress()): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const packed = await pipe(bytes, new CompressionStream('deflate-raw'));
  return CODE_PREFIX + base64url(packed);
}

export async function readProgressCode(code: string): Promise<unknown> {
  const trimmed = code.replace(/\s+/g, '');
  if (!trimmed.startsWith(CODE_PREFIX)) return null;
  try {
    const bytes = await pipe(fromBase64url(trimmed.slice(CODE_PREFIX.length)), new DecompressionStream('deflate-raw'));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Response(bytes as BodyInit).body!.pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
