/**
 * A size in bytes as a reader says it, in their language: "4,8 MB" (id, jv), "4.8 MB" (en), "950 kB". Written out here
 * rather than with Intl.NumberFormat: the first number format a page makes loads the browser's number data, measured
 * at 430 ms on the library's first screen (issue 21), for one size in the download notice.
 */
const DECIMAL_COMMA = new Set(['id', 'jv', 'ms', 'su', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'tr', 'vi']);

export function formatBytes(bytes: number, language: string): string {
  const [size, unit] = bytes >= 1e9 ? [1e9, 'GB'] : bytes >= 1e6 ? [1e6, 'MB'] : [1e3, 'kB'];
  // One decimal under 10, rounded half up from the whole bytes (dividing first would round 4.85 down).
  const step = bytes / size < 10 ? size / 10 : size;
  const rounded = Math.round(bytes / step) * (step / size);
  const comma = DECIMAL_COMMA.has(language.toLowerCase().split('-')[0]!);
  const [whole, fraction] = rounded.toFixed(step < size ? 1 : 0).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, comma ? '.' : ',');
  const decimals = fraction && fraction !== '0' ? (comma ? ',' : '.') + fraction : '';
  // A no-break space: a button or a sentence never ends a line between "5,5" and "MB)".
  return `${grouped}${decimals}\u00a0${unit}`;
}
