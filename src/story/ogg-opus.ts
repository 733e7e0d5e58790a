/**
 * Wraps Opus packets in an Ogg file (RFC 7845): the container every phone's browser plays and story:check measures
 * (src/story/narration.ts). Pure, so both makers of recordings share it: the synthetic fixtures' tool (Debian here has
 * no opusenc or ffmpeg) and the Studio's recording view; in each, the browser's WebCodecs encodes the packets and this
 * file writes the pages around them.
 */

export interface OpusStream {
  /** Encoded packets in order, each 20 ms (960 samples at 48 kHz) unless `frameSamples` says otherwise. */
  packets: Uint8Array[];
  frameSamples: number;
  /** Samples at 48 kHz the encoder put before the audio (its look-ahead): players skip them. */
  preSkip: number;
  /** Samples at 48 kHz of the audio itself: the last packet's padding is cut off on playback. */
  samples: number;
  /** The sample rate of the original recording (information only). */
  inputRate: number;
  /** Identifies the stream inside the file; any fixed number keeps the same input making the same file. */
  serial: number;
  vendor: string;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let index = 0; index < 256; index++) {
    let value = index << 24;
    for (let bit = 0; bit < 8; bit++) value = value & 0x80000000 ? (value << 1) ^ 0x04c11db7 : value << 1;
    table[index] = value >>> 0;
  }
  return table;
})();

function oggCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  return crc;
}

/** One page: header, lacing values, packets; `flags` 2 starts the stream, 4 ends it. */
function page(packets: Uint8Array[], granule: number, serial: number, sequence: number, flags: number): Uint8Array {
  const lacing: number[] = [];
  for (const packet of packets) {
    for (let left = packet.length; ; left -= 255) {
      lacing.push(Math.min(left, 255));
      if (left < 255) break;
    }
  }
  const bodySize = packets.reduce((sum, packet) => sum + packet.length, 0);
  const out = new Uint8Array(27 + lacing.length + bodySize);
  const view = new DataView(out.buffer);
  out.set([0x4f, 0x67, 0x67, 0x53, 0, flags]);
  view.setUint32(6, granule % 2 ** 32, true);
  view.setUint32(10, Math.floor(granule / 2 ** 32), true);
  view.setUint32(14, serial, true);
  view.setUint32(18, sequence, true);
  out[26] = lacing.length;
  out.set(lacing, 27);
  let at = 27 + lacing.length;
  for (const packet of packets) {
    out.set(packet, at);
    at += packet.length;
  }
  view.setUint32(22, oggCrc(out), true);
  return out;
}

function opusHead(stream: OpusStream): Uint8Array {
  const head = new Uint8Array(19);
  const view = new DataView(head.buffer);
  head.set(new TextEncoder().encode('OpusHead'));
  head[8] = 1; // version
  head[9] = 1; // mono
  view.setUint16(10, stream.preSkip, true);
  view.setUint32(12, stream.inputRate, true);
  return head; // output gain 0, channel mapping family 0
}

function opusTags(vendor: string): Uint8Array {
  const name = new TextEncoder().encode(vendor);
  const tags = new Uint8Array(8 + 4 + name.length + 4);
  const view = new DataView(tags.buffer);
  tags.set(new TextEncoder().encode('OpusTags'));
  view.setUint32(8, name.length, true);
  tags.set(name, 12);
  return tags; // no user comments
}

/** Packets per page: about a second of speech, so a player can seek without reading the whole file. */
const PACKETS_PER_PAGE = 50;

export function oggOpus(stream: OpusStream): Uint8Array<ArrayBuffer> {
  const pages = [page([opusHead(stream)], 0, stream.serial, 0, 2), page([opusTags(stream.vendor)], 0, stream.serial, 1, 0)];
  const end = stream.preSkip + stream.samples;
  for (let first = 0; first < stream.packets.length; first += PACKETS_PER_PAGE) {
    const packets = stream.packets.slice(first, first + PACKETS_PER_PAGE);
    const last = first + packets.length >= stream.packets.length;
    // The last page's position ends the audio where it ended, not at the end of the padded frame.
    const granule = last ? end : Math.min(end, (first + packets.length) * stream.frameSamples);
    pages.push(page(packets, granule, stream.serial, pages.length, last ? 4 : 0));
  }
  const out = new Uint8Array(pages.reduce((sum, item) => sum + item.length, 0));
  let at = 0;
  for (const item of pages) {
    out.set(item, at);
    at += item.length;
  }
  return out;
}
