/**
 * What a name inside a pack may be. Names are untrusted: one that climbs out of the folder (../), starts at the root
 * or a drive, hides a backslash or a NUL would write anywhere on the author's machine when unpacked. Only the pack's
 * own layout is accepted: manifest.json, story.json, i18n/<language>.json, panels/<file>, and recorded narration:
 * narration/<language>.json with its recordings in narration/<language>/.
 */
import * as v from 'valibot';
import { printable } from '../story/printable';
import { NARRATION_EXTENSIONS } from '../story/narration';
import { FileNameSchema, LanguageSchema } from '../story/schema';
import { MAX_NAME_BYTES } from './limits';

export type EntryRole =
  | { kind: 'manifest' }
  | { kind: 'story' }
  | { kind: 'translation'; language: string }
  | { kind: 'art'; file: string }
  | { kind: 'note'; file: string }
  | { kind: 'narration'; language: string }
  | { kind: 'recording'; language: string; file: string };

export const MANIFEST = 'manifest.json';
export const STORY = 'story.json';
/** Folders a zip tool may list on their own; they hold nothing themselves. */
export function isFolder(name: string): boolean {
  const language = /^narration\/([^/]+)\/$/.exec(name)?.[1];
  return ['i18n/', 'panels/', 'narration/'].includes(name) || (language !== undefined && v.is(LanguageSchema, language));
}
/** A recording's file name, as the narration format allows it (story/narration.ts). */
const RECORDING = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]*\\.(${NARRATION_EXTENSIONS.join('|')})$`);
/** Notes on the art (credits, licences), as an art folder may hold them (tools/plain-files.ts). */
const NOTE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(md|txt)$/;

/** Why the name could lead outside the story's folders, or null when it stays inside. */
export function unsafeName(name: string, byteLength: number): string | null {
  if (byteLength > MAX_NAME_BYTES) return `the name is ${byteLength} bytes long; a name in a pack is at most ${MAX_NAME_BYTES}`;
  if (name.includes('\0')) return 'the name holds a NUL character, which cuts it short on some systems';
  if (name.includes('\\')) return 'the name holds a backslash: names in a pack use "/" only (on Windows a backslash leads into other folders)';
  if (name.startsWith('/')) return 'the name is an absolute path: names in a pack are relative to the pack';
  if (/^[A-Za-z]:/.test(name)) return 'the name starts with a drive letter: names in a pack are relative to the pack';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.includes('..')) return 'the name climbs out of the pack\'s folder with ".."';
  if (parts.some((part) => part === '' || part === '.')) return 'the name has an empty or "." part';
  return null;
}

/** What the file is in the pack's layout, or null when it has no place there. */
export function roleOf(name: string): EntryRole | null {
  if (name === MANIFEST) return { kind: 'manifest' };
  if (name === STORY) return { kind: 'story' };
  const translation = /^i18n\/([^/]+)\.json$/.exec(name);
  if (translation && v.is(LanguageSchema, translation[1])) return { kind: 'translation', language: translation[1]! };
  const narration = /^narration\/([^/]+)\.json$/.exec(name)?.[1];
  if (narration && v.is(LanguageSchema, narration)) return { kind: 'narration', language: narration };
  const recording = /^narration\/([^/]+)\/([^/]+)$/.exec(name);
  if (recording && v.is(LanguageSchema, recording[1]) && RECORDING.test(recording[2]!) && recording[2]!.length <= 120)
    return { kind: 'recording', language: recording[1]!, file: recording[2]! };
  const art = /^panels\/([^/]+)$/.exec(name)?.[1];
  if (art && v.is(FileNameSchema, art)) return { kind: 'art', file: art };
  if (art && NOTE.test(art) && art.length <= 100) return { kind: 'note', file: art };
  return null;
}

export function describeUnexpected(name: string): string {
  return `"${printable(name)}" has no place in a story pack: a pack holds ${MANIFEST}, ${STORY}, i18n/<language>.json, art (.svg, .webp, .png, .jpg) or notes (.md, .txt) under panels/, and narration/<language>.json with its recordings (.ogg, .opus) under narration/<language>/`;
}

/** A file's place under a checkout's root, from its name in the pack: stories/<id>/… or public/panels/<id>/…. */
export function placeInCheckout(name: string, storyId: string): string {
  return name.startsWith('panels/') ? `public/${name.replace(/^panels\//, `panels/${storyId}/`)}` : `stories/${storyId}/${name}`;
}
