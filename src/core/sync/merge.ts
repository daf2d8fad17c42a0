// Merging what two devices know: per field, the later write wins (record.ts orders writes). The merge
// is a join (commutative, associative, idempotent: tests/unit/sync-merge.test.ts), so devices that
// receive the same changes in any order, as often as they like, end with the same records.
import { canonicalJson, compareStamps, laterEntry, laterStamp, outdatedBy, type FieldEntry, type SyncRecord, type SyncState } from './record';

export function mergeRecords(a: SyncRecord | undefined, b: SyncRecord | undefined): SyncRecord {
  if (!a) return normalized(b ?? { fields: {}, deleted: null });
  if (!b || a === b) return normalized(a);
  const deleted = laterStamp(a.deleted, b.deleted);
  const fields: Record<string, FieldEntry> = {};
  for (const [name, entry] of Object.entries(a.fields)) {
    const other = Object.hasOwn(b.fields, name) ? b.fields[name] : undefined;
    const winner = other ? laterEntry(entry, other) : entry;
    if (!outdatedBy(deleted, winner)) fields[name] = winner;
  }
  for (const [name, entry] of Object.entries(b.fields)) {
    if (!Object.hasOwn(a.fields, name) && !outdatedBy(deleted, entry)) fields[name] = entry;
  }
  return { fields, deleted };
}

/** A record without the fields its own tombstone outdates: the one form every merge returns. */
function normalized(record: SyncRecord): SyncRecord {
  const { deleted } = record;
  if (deleted === null) return record;
  const entries = Object.entries(record.fields);
  const kept = entries.filter(([, entry]) => !outdatedBy(deleted, entry));
  return kept.length === entries.length ? record : { fields: Object.fromEntries(kept), deleted };
}

export function mergeStates(a: SyncState, b: SyncState): Map<string, SyncRecord> {
  const out = new Map<string, SyncRecord>();
  for (const [key, record] of a) out.set(key, mergeRecords(record, b.get(key)));
  for (const [key, record] of b) if (!a.has(key)) out.set(key, mergeRecords(undefined, record));
  return out;
}

/** What a device knows after receiving a batch of changes: the same whatever the batch's order. */
export const mergeAll = (states: Iterable<SyncState>): Map<string, SyncRecord> => {
  let out = new Map<string, SyncRecord>();
  for (const state of states) out = mergeStates(out, state);
  return out;
};

const sameRecord = (a: SyncRecord | undefined, b: SyncRecord | undefined): boolean => {
  if (a === b) return true;
  if (!a || !b || compareNullable(a.deleted, b.deleted) !== 0) return false;
  const names = Object.keys(a.fields);
  return names.length === Object.keys(b.fields).length && names.every((name) => {
    const x = a.fields[name] as FieldEntry;
    const y = Object.hasOwn(b.fields, name) ? b.fields[name] : undefined;
    return y !== undefined && compareStamps(x, y) === 0 && canonicalJson(x.v) === canonicalJson(y.v);
  });
};

const compareNullable = (a: SyncRecord['deleted'], b: SyncRecord['deleted']) => (a === null || b === null ? (a === b ? 0 : 1) : compareStamps(a, b));

/**
 * What receiving `incoming` changes of what the device knows: the merged state and the keys whose
 * record is different, which are the rows to write to the database and the applications to re-plan.
 */
export function mergeIncoming(known: SyncState, incoming: SyncState): { merged: Map<string, SyncRecord>; changed: string[] } {
  const merged = new Map(known);
  const changed: string[] = [];
  for (const [key, record] of incoming) {
    const next = mergeRecords(known.get(key), record);
    if (sameRecord(known.get(key), next)) continue;
    merged.set(key, next);
    changed.push(key);
  }
  return { merged, changed: changed.sort() };
}
