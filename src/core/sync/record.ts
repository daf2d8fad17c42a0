// What one device knows of one synced record: its fields, each stamped with who wrote it when, and
// whether (and when) it was deleted. docs/sync.md says which of the user's facts become records.

/** A JSON value: what storage.sync can hold. */
export type SyncValue = null | boolean | number | string | SyncValue[] | { [key: string]: SyncValue };

/** When a change was made (ms since 1970) and by which device: the order of changes. */
export interface Stamp {
  t: number;
  d: string;
}

export interface FieldEntry extends Stamp {
  v: SyncValue;
}

export interface SyncRecord {
  /** By field name; a field the deletion outdates is never kept (see merge.ts). */
  fields: Record<string, FieldEntry>;
  /** The tombstone: when the record was deleted, null if it never was (or the tombstone expired). */
  deleted: Stamp | null;
}

/** Every synced record by key ("a:<application id>", "s", …: see facts.ts). */
export type SyncState = ReadonlyMap<string, SyncRecord>;

/** A device id: short, so each stamp costs few bytes in storage.sync; lowercase letters and digits. */
export const DEVICE_ID = /^[a-z0-9]{1,16}$/;

/** The values of fields as JSON with sorted keys: the same value always gives the same text. */
export function canonicalJson(value: SyncValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as SyncValue)}`).join(',')}}`;
}

/** Later time first, then the greater device id: every device orders the same two changes alike. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.t !== b.t) return a.t - b.t;
  return a.d < b.d ? -1 : a.d > b.d ? 1 : 0;
}

/**
 * Which of two writes of one field wins. The same device writing two values in one millisecond is the
 * only tie left after the stamps; the value's text settles it, so the choice never depends on order.
 */
export function laterEntry(a: FieldEntry, b: FieldEntry): FieldEntry {
  const byStamp = compareStamps(a, b);
  if (byStamp !== 0) return byStamp > 0 ? a : b;
  return canonicalJson(a.v) >= canonicalJson(b.v) ? a : b;
}

export const laterStamp = (a: Stamp | null, b: Stamp | null): Stamp | null => (a === null ? b : b === null ? a : compareStamps(a, b) >= 0 ? a : b);

/** A deletion outdates a field written at or before it: a write after the deletion brings the record back. */
export const outdatedBy = (deleted: Stamp | null, field: Stamp) => deleted !== null && compareStamps(field, deleted) <= 0;

/** The record's current values by field name; none when it is deleted. */
export function valuesOf(record: SyncRecord | undefined): Record<string, SyncValue> {
  const out: Record<string, SyncValue> = {};
  if (!record) return out;
  for (const [name, entry] of Object.entries(record.fields)) out[name] = entry.v;
  return out;
}

export const isLive = (record: SyncRecord | undefined): record is SyncRecord => record !== undefined && Object.keys(record.fields).length > 0;

/** The latest change the record holds: its last activity. */
export function lastChangeOf(record: SyncRecord): number {
  let last = record.deleted?.t ?? 0;
  for (const entry of Object.values(record.fields)) last = Math.max(last, entry.t);
  return last;
}
