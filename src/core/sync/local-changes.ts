// The device's own edits as stamped changes: what it holds now compared with the merged state it last
// knew. Only fields whose value differs get a new stamp, so an untouched field keeps its writer.
import { canonicalJson, type FieldEntry, type SyncRecord, type SyncState, type SyncValue } from './record';
import { deletion } from './tombstones';

/** Synced records the device holds, by key, as field values (facts.ts makes them). */
export type LocalFacts = ReadonlyMap<string, Readonly<Record<string, SyncValue>>>;

/**
 * The state after this device's edits: each field of `local` whose value differs from the known one
 * gets a new stamp, and each key in `deleted` a tombstone. What `local` leaves out is left as known,
 * never read as removed: a device lacks records and fields it was never able to hold (a thread it has
 * not read, the state of a check-in it has not planned yet), and taking them for deletions would undo
 * the other devices' work. Removing a field is writing it as null (facts.ts does, for a reference).
 * A new stamp is never earlier than the one it replaces, so a device whose clock lags still wins over
 * what it has already seen.
 */
export function stampLocalChanges(known: SyncState, local: LocalFacts, now: number, device: string, deleted: Iterable<string> = []): Map<string, SyncRecord> {
  const out = new Map(known);
  for (const [key, values] of local) {
    const record = known.get(key);
    const fields: Record<string, FieldEntry> = { ...record?.fields };
    let changed = false;
    for (const [name, v] of Object.entries(values)) {
      const before = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (before ? canonicalJson(before.v) === canonicalJson(v) : v === null) continue;
      fields[name] = { v, t: after(now, before?.t, record?.deleted?.t), d: device };
      changed = true;
    }
    if (changed) out.set(key, { fields, deleted: record?.deleted ?? null });
  }
  for (const key of deleted) {
    const record = known.get(key);
    if (record && Object.keys(record.fields).length === 0) continue;
    out.set(key, deletion({ t: after(now, record?.deleted?.t, ...Object.values(record?.fields ?? {}).map((f) => f.t)), d: device }));
  }
  return out;
}

const after = (now: number, ...seen: (number | undefined)[]) => Math.max(now, ...seen.map((t) => (t === undefined ? -Infinity : t + 1)));
