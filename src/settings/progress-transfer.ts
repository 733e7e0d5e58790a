/**
 * Moving progress between devices: as a file, or as a short code to type or send. Importing adds to what is
 * here: lessons are merged (none is ever lost), endings are merged, and each imported story position replaces
 * the one on this device.
 */
import { sanitizeLessons, useLessons } from '../store/lessons';
import { sanitizeProgress, useProgress } from '../store/progress';
import { isRecord } from '../store/safe-storage';

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
  return { app: 'komik-saku', exportVersion: 1, exportedAt: now.toISOString(), progress: { saves, endings }, lessons: { completed: useLessons.getState().completed } };
}

export type ImportResult = { ok: true; stories: number; lessons: number } | { ok: false };

export function importProgress(value: unknown): ImportResult {
  if (!isRecord(value) || value.app !== 'komik-saku' || value.exportVersion !== 1) return { ok: false };
  const progress = sanitizeProgress(value.progress);
  const lessons = sanitizeLessons(value.lessons);
  if (!progress || !lessons) return { ok: false };
  const current = useProgress.getState();
  const endings = { ...current.endings };
  for (const [storyId, list] of Object.entries(progress.endings)) endings[storyId] = [...new Set([...(endings[storyId] ?? []), ...list])];
  current.replace({ saves: { ...current.saves, ...progress.saves }, endings });
  useLessons.getState().merge(lessons.completed);
  return { ok: true, stories: Object.keys(progress.saves).length, lessons: Object.keys(lessons.completed).length };
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
