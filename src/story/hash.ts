/**
 * The short hash a translation keeps of the source text it translated (FNV-1a, 32 bits, hex).
 * Same result in the browser and in Node; whitespace at the ends is ignored so re-indenting is not a change.
 */
export function sourceHash(text: string): string {
  let hash = 0x811c9dc5;
  const normalised = text.trim();
  for (let index = 0; index < normalised.length; index++) {
    hash ^= normalised.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
