// What an editor changed of a record, so it sends only that and never writes back a stale copy of
// the fields it did not touch.

/** Equal all the way down, for the JSON-like values records hold (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], bRecord[key]));
}

/** The editable fields whose value differs between two versions of a record. */
export function changedFields<T extends object, K extends keyof T>(editable: readonly K[], before: T, after: T): Partial<Pick<T, K>> {
  const changes: Partial<Pick<T, K>> = {};
  for (const key of editable) {
    if (!sameValue(before[key], after[key])) changes[key] = after[key];
  }
  return changes;
}
