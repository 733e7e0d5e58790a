/**
 * Translator files: one language of a draft as XLIFF 1.2 (the `xliff` package writes and reads it), each unit keyed by
 * the string's key, with the hash of the source text it was made from kept as a note. A returned file is untrusted:
 * it updates only the entries whose source has not changed since, and a file that is too big, not XLIFF, for another
 * story or language, or holding keys the story does not have, changes nothing.
 */
import jsToXliff12, { type XliffUnit } from 'xliff/jsToXliff12';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { sourceHash } from '../../story/hash';
import { isRecord } from '../../story/is-record';
import { MAX_TEXT, type Story, type Translation } from '../../story/schema';
import { storyStrings } from '../../story/strings';
import { withText } from './entries';

/** Far more than a story's strings take (a few hundred of at most 2,000 characters each, twice, with the markup). */
export const MAX_XLIFF_BYTES = 4 * 1024 * 1024;
const HASH_NOTE = /^source-hash: ([0-9a-f]{8})$/;

export type ImportRefusal =
  | { reason: 'too-big' }
  | { reason: 'not-xliff' }
  | { reason: 'wrong-story'; story: string }
  | { reason: 'wrong-language'; language: string }
  | { reason: 'unknown-keys'; keys: string[] }
  | { reason: 'not-plain-text'; keys: string[] };

export type ImportResult = { ok: true; translation: Translation; updated: string[]; stale: string[] } | { ok: false; refusal: ImportRefusal };

export function xliffFileName(story: Story, language: string): string {
  return `${story.id}-${language}.xlf`;
}

/** Every string of the story with its translation (empty targets left out), in reading order. */
export function toXliff(story: Story, translation: Translation): string {
  const units: Record<string, XliffUnit> = {};
  for (const { key, text } of storyStrings(story)) {
    const target = Object.hasOwn(translation.strings, key) ? translation.strings[key]!.text : '';
    units[key] = { source: text, ...(target.trim() === '' ? {} : { target }), note: `source-hash: ${sourceHash(text)}` };
  }
  let xml = '';
  jsToXliff12({ sourceLanguage: story.language, targetLanguage: translation.language, resources: { [story.id]: units } }, { indent: '  ' }, (error, out) => {
    if (error) throw error;
    xml = out;
  });
  // The declaration tells a translator's tool the encoding, as XLIFF files usually do.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** A returned translator file applied to the translation, or why it was refused (then nothing changes). */
export function fromXliff(bytes: Uint8Array, story: Story, translation: Translation): ImportResult {
  if (bytes.length > MAX_XLIFF_BYTES) return refused({ reason: 'too-big' });
  const units = readUnits(bytes, story, translation.language);
  if (!units.ok) return units;
  const sources = new Map(storyStrings(story).map((string) => [string.key, string.text]));
  const unknown = units.value.filter((unit) => !sources.has(unit.key)).map((unit) => unit.key);
  if (unknown.length > 0) return refused({ reason: 'unknown-keys', keys: unknown });
  const notText = units.value.filter((unit) => unit.target !== undefined && (typeof unit.target !== 'string' || unit.target.length > MAX_TEXT));
  if (notText.length > 0) return refused({ reason: 'not-plain-text', keys: notText.map((unit) => unit.key) });

  let next = translation;
  const updated: string[] = [];
  const stale: string[] = [];
  for (const unit of units.value) {
    const target = unit.target as string | undefined;
    if (target === undefined || target.trim() === '') continue;
    const source = sources.get(unit.key)!;
    if (unit.hash !== sourceHash(source)) stale.push(unit.key);
    else if (!Object.hasOwn(next.strings, unit.key) || next.strings[unit.key]!.text !== target || next.strings[unit.key]!.source !== unit.hash) {
      next = withText(next, unit.key, source, target);
      updated.push(unit.key);
    }
  }
  return { ok: true, translation: next, updated, stale };
}

interface Unit {
  key: string;
  target: unknown;
  hash: string | undefined;
}

function refused(refusal: ImportRefusal): { ok: false; refusal: ImportRefusal } {
  return { ok: false, refusal };
}

/** The file's units, once it is XLIFF for this story and language; anything unexpected is a refusal, never a throw. */
function readUnits(bytes: Uint8Array, story: Story, language: string): { ok: true; value: Unit[] } | { ok: false; refusal: ImportRefusal } {
  let document: unknown;
  try {
    const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // The parser stops with an error on a broken document, except at its very end (xml-js does not report those): a
    // file cut short (a download or a copy interrupted) is caught here, so its first half is not taken for the whole.
    if (!/<\/xliff>\s*$/.test(xml)) return refused({ reason: 'not-xliff' });
    xliff12ToJs(xml, { captureSpacesBetweenElements: false }, (error, out) => {
      if (error) throw error;
      document = out;
    });
  } catch {
    return refused({ reason: 'not-xliff' });
  }
  if (!isRecord(document) || !isRecord(document.resources)) return refused({ reason: 'not-xliff' });
  const files = Object.keys(document.resources);
  if (files.length !== 1 || files[0] !== story.id || document.sourceLanguage !== story.language)
    return refused({ reason: 'wrong-story', story: files.join(', ') });
  if (document.targetLanguage !== language) return refused({ reason: 'wrong-language', language: String(document.targetLanguage ?? '') });
  const units = document.resources[story.id];
  if (!isRecord(units)) return refused({ reason: 'not-xliff' });
  const out: Unit[] = [];
  for (const [key, unit] of Object.entries(units)) {
    // A group of units is not something this file was written with: its keys are not the story's.
    if (!isRecord(unit) || 'groupUnits' in unit) return refused({ reason: 'unknown-keys', keys: [key] });
    const notes = Array.isArray(unit.note) ? unit.note : [unit.note];
    const hash = notes.map((note) => (typeof note === 'string' ? HASH_NOTE.exec(note.trim())?.[1] : undefined)).find(Boolean);
    out.push({ key, target: unit.target, hash });
  }
  return { ok: true, value: out };
}
