/**
 * Reads a zip's table of contents (its central directory) without inflating anything, so every name, kind and
 * declared size can be judged first. fflate inflates; it does not report what a file is (link, folder) nor where
 * its data lies, so the directory is read here. Structure that does not add up is refused: a pack made by a zip tool
 * is always consistent, and a crafted one (overlapping entries, names that differ between headers) is an attack.
 */
import { MAX_ENTRIES } from './limits';

export interface ZipEntry {
  /** The name as UTF-8 text, or null when its bytes are not UTF-8. */
  name: string | null;
  rawName: Uint8Array;
  kind: 'file' | 'folder' | 'link' | 'other';
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  /** The size the zip declares; the inflater holds the data to it. */
  size: number;
  localOffset: number;
}

export type ZipListing = { ok: true; entries: ZipEntry[]; directoryStart: number } | { ok: false; message: string };

const END_SIGNATURE = 0x06054b50;
const DIRECTORY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const UNIX = 3;
const MAC = 19;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function listZip(bytes: Uint8Array): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(bytes, view);
  if (end < 0) return fail('this is not a zip file (a story pack is a zip)');
  const count = view.getUint16(end + 10, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0 || view.getUint16(end + 8, true) !== count) {
    return fail('the zip is split over several files; a story pack is one file');
  }
  if (count > MAX_ENTRIES) return fail(`the pack holds ${count} files; a pack may hold at most ${MAX_ENTRIES}`);
  const directoryStart = view.getUint32(end + 16, true);
  const directoryEnd = directoryStart + view.getUint32(end + 12, true);
  if (directoryEnd > end) return fail("the zip's table of contents lies outside the file: the file is damaged or cut short");
  const entries: ZipEntry[] = [];
  let at = directoryStart;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directoryEnd || view.getUint32(at, true) !== DIRECTORY_SIGNATURE) return fail("the zip's table of contents is damaged");
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > directoryEnd) return fail("the zip's table of contents is damaged");
    entries.push(readEntry(bytes, view, at, nameLength));
    at = next;
  }
  if (at !== directoryEnd) return fail("the zip's table of contents holds more than its count of files");
  return { ok: true, entries, directoryStart };
}

/** Where the entry's data lies, checked against its local header; or why it cannot be read. */
export function entryData(bytes: Uint8Array, entry: ZipEntry, directoryStart: number): { ok: true; start: number } | { ok: false; message: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > directoryStart || view.getUint32(at, true) !== LOCAL_SIGNATURE) return fail('its header is missing or damaged');
  const nameLength = view.getUint16(at + 26, true);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  // Two names for one file: a tool reading the other header would unpack something else than was checked.
  if (!sameBytes(bytes.subarray(at + 30, at + 30 + nameLength), entry.rawName)) return fail('its two headers give different names');
  if (start + entry.compressedSize > directoryStart) return fail('its data runs past the end of the file: the file is damaged or cut short');
  return { ok: true, start };
}

function readEntry(bytes: Uint8Array, view: DataView, at: number, nameLength: number): ZipEntry {
  const raw = bytes.subarray(at + 46, at + 46 + nameLength);
  let name: string | null;
  try {
    name = utf8.decode(raw);
  } catch {
    name = null;
  }
  const system = view.getUint16(at + 4, true) >>> 8;
  const attributes = view.getUint32(at + 38, true);
  return {
    name,
    rawName: raw,
    kind: kindOf(system, attributes, name),
    method: view.getUint16(at + 10, true),
    encrypted: (view.getUint16(at + 8, true) & 1) === 1,
    crc: view.getUint32(at + 16, true),
    compressedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localOffset: view.getUint32(at + 42, true),
  };
}

/** Unix and macOS zips keep the file's mode in the high half of the attributes; MS-DOS ones a folder bit. */
function kindOf(system: number, attributes: number, name: string | null): ZipEntry['kind'] {
  if (name?.endsWith('/') || (attributes & 0x10) !== 0) return 'folder';
  if (system !== UNIX && system !== MAC) return 'file';
  const type = (attributes >>> 16) & 0o170000;
  if (type === 0 || type === 0o100000) return 'file';
  if (type === 0o040000) return 'folder';
  return type === 0o120000 ? 'link' : 'other';
}

/** The end record, with its comment running exactly to the end of the file. */
function findEnd(bytes: Uint8Array, view: DataView): number {
  for (let at = bytes.length - END_SIZE; at >= 0 && at >= bytes.length - END_SIZE - MAX_COMMENT; at -= 1) {
    if (view.getUint32(at, true) === END_SIGNATURE && at + END_SIZE + view.getUint16(at + 20, true) === bytes.length) return at;
  }
  return -1;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
