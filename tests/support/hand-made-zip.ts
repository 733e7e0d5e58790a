/**
 * Zips no zip tool would write, byte by byte, for the hostile-pack tests: names, kinds, sizes, checksums and
 * offsets as given, and a deflate stream of zeros that inflates to gigabytes from a few MB (a zip bomb's payload).
 */
import { crc32 } from '../../src/packs/inflate';

export interface RawEntry {
  name: string | Uint8Array;
  /** The data as it lies in the zip: compressed already when `method` is 8. */
  data: Uint8Array;
  method?: number;
  /** The uncompressed size the zip declares (default: the data's length). */
  size?: number;
  crc?: number;
  flags?: number;
  /** Version made by, high byte: 0 MS-DOS, 3 Unix. */
  system?: number;
  attributes?: number;
  /** The local header's name, when it should differ from the table of contents'. */
  localName?: string;
  /** The compressed size the table of contents declares (default: the data's length). */
  compressedSize?: number;
}

const encoder = new TextEncoder();

export function handMadeZip(entries: RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? encoder.encode(entry.name) : entry.name;
    const localName = entry.localName === undefined ? name : encoder.encode(entry.localName);
    const crc = entry.crc ?? crc32(entry.data);
    const size = entry.size ?? entry.data.length;
    const local = header(30, localName, [
      [0, 0x04034b50, 4],
      [4, 20, 2],
      [6, entry.flags ?? 0, 2],
      [8, entry.method ?? 0, 2],
      [14, crc, 4],
      [18, entry.data.length, 4],
      [22, size, 4],
      [26, localName.length, 2],
    ]);
    locals.push(local, entry.data);
    centrals.push(
      header(46, name, [
        [0, 0x02014b50, 4],
        [4, ((entry.system ?? 0) << 8) | 20, 2],
        [6, 20, 2],
        [8, entry.flags ?? 0, 2],
        [10, entry.method ?? 0, 2],
        [16, crc, 4],
        [20, entry.compressedSize ?? entry.data.length, 4],
        [24, size, 4],
        [28, name.length, 2],
        [38, entry.attributes ?? 0, 4],
        [42, offset, 4],
      ]),
    );
    offset += local.length + entry.data.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = header(22, new Uint8Array(0), [
    [0, 0x06054b50, 4],
    [8, entries.length, 2],
    [10, entries.length, 2],
    [12, directorySize, 4],
    [16, offset, 4],
  ]);
  return concat([...locals, ...centrals, end]);
}

function header(fixed: number, name: Uint8Array, fields: [number, number, 2 | 4][]): Uint8Array {
  const bytes = new Uint8Array(fixed + name.length);
  const view = new DataView(bytes.buffer);
  for (const [at, value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
  }
  bytes.set(name, fixed);
  return bytes;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Deflate, one fixed-Huffman block: a literal 0, then "copy 258 bytes from 1 back" (13 bits) again and again. Three
 * bytes hold the header, the literal and one copy; every 13 bytes after are 8 more copies; one byte ends the block.
 * Inflates to 259 + 2064 × `groups` zeros.
 */
export function zerosDeflated(groups: number): Uint8Array {
  const bits: number[] = [];
  const code = (value: number, length: number) => {
    for (let bit = length - 1; bit >= 0; bit -= 1) bits.push((value >> bit) & 1);
  };
  bits.push(1, 1, 0); // last block, fixed Huffman codes
  code(0b00110000, 8); // the literal 0
  for (let copy = 0; copy < 9; copy += 1) {
    code(0b11000101, 8); // length 258
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  const packed = new Uint8Array(Math.ceil(bits.length / 8));
  bits.forEach((bit, index) => (packed[index >> 3]! |= bit << (index & 7)));
  const group = packed.subarray(3, 16);
  const out = new Uint8Array(3 + 13 * groups + 1);
  out.set(packed.subarray(0, 3));
  out.set(group, 3);
  // Doubling the copied groups fills megabytes in a few steps.
  for (let filled = 13; filled < 13 * groups; filled *= 2) out.copyWithin(3 + filled, 3, 3 + Math.min(filled, 13 * groups - filled));
  out[out.length - 1] = packed[16]!;
  return out;
}
