/**
 * Records keyed by IDs that come from stories, saved data and imported files, made without a prototype: a key
 * "constructor" or "__proto__" is then only ever a key, never the object's own machinery (a lesson "constructor"
 * looked learned before it was; a progress code with a "__proto__" key threw).
 */
export type Records<T> = Record<string, T>;

export function records<T>(entries: Iterable<readonly [string, T]> = []): Records<T> {
  const out = Object.create(null) as Records<T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

export function withEntries<T>(record: Records<T>, entries: Iterable<readonly [string, T]>): Records<T> {
  return records([...Object.entries(record), ...entries]);
}

export function entryOf<T>(record: Records<T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export { isRecord } from '../story/is-record';
