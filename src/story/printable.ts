/**
 * Text from a file, made safe to show in a message: control characters (a terminal's escape codes, line breaks
 * inside one line) and the characters that reorder text (bidi overrides, embeddings and isolates, which can make
 * "evil.svg" display as something else) are written out as <U+202E> instead of acting.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(INVISIBLE, (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
