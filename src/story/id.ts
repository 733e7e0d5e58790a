/**
 * What an author-given ID looks like: the schema validates with it (schema.ts), and the stores check the IDs in saved
 * data and imported progress with it without loading the validator.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const MAX_ID_LENGTH = 64;

/**
 * Names every JavaScript object already has. IDs key saved progress, lessons and translations, where such a name
 * would read the object's own machinery instead of the reader's data (a lesson "constructor" looked learned before
 * it was); valibot drops such keys from records without a word.
 */
export const RESERVED_IDS = [
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'prototype',
  'toLocaleString',
  'toString',
  'valueOf',
] as const;

const reserved: ReadonlySet<string> = new Set(RESERVED_IDS);

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value) && !reserved.has(value);
}
