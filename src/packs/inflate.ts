/**
 * Inflates one file of a pack, holding it to the size its zip entry declares: the inflater is fed a little at a time
 * and stopped the moment the output passes that size, so a zip bomb (a few kB that inflate to gigabytes) costs a few
 * kB of work, not the phone's memory. The CRC catches a pack damaged on its way (a cut-off download, a bad card).
 */
import { Inflate } from 'fflate';

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const STORED = 0;
const DEFLATED = 8;
/** Input per step: at deflate's best ratio (about 1:1032) one step writes at most about 1 MB. */
const STEP = 1024;

export function inflateEntry(data: Uint8Array, method: number, size: number, crc: number): Inflated {
  const inflated =
    method === STORED
      ? stored(data, size)
      : method === DEFLATED
        ? deflated(data, size)
        : fail(`it is compressed with method ${method}; a pack uses deflate or none`);
  if (!inflated.ok) return inflated;
  return crc32(inflated.bytes) === crc ? inflated : fail('its checksum does not match: the pack is damaged (download or copy it again)');
}

function stored(data: Uint8Array, size: number): Inflated {
  return data.length === size ? { ok: true, bytes: data.slice() } : fail(`it declares ${size} bytes but holds ${data.length}`);
}

function deflated(data: Uint8Array, size: number): Inflated {
  const out = new Uint8Array(size);
  let written = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over || written + chunk.length > size) over = true;
    else out.set(chunk, written);
    written += chunk.length;
  });
  try {
    let at = 0;
    do {
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
      at += STEP;
    } while (at < data.length && !over);
  } catch (error) {
    return fail(`its compressed data is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  if (over) return fail(`it inflates to more than the ${size} bytes it declares (a zip bomb would go on to fill the memory), so it was stopped`);
  return written === size ? { ok: true, bytes: out } : fail(`it declares ${size} bytes but holds ${written}`);
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, byte) => {
  let value = byte;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
