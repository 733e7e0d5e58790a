/** A plain object read from JSON or storage (not null, not a list): the one test every reader of outside data uses. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
