// The device's own edits as stamped changes: what it holds now compared with the merged state it last
// knew. Only fields whose value differs get a new stamp, so an untouched field keeps its writer.
import { canonicalJson, isLive, type FieldEntry, type SyncRecord, type SyncState, type SyncValue } from './record';
import { deletion } from './tombstones';

/** Each synced record the device holds, by key, as its field values (facts.ts makes them). */
export type LocalFacts = ReadonlyMap<string, Readonly<Record<string, SyncValue>>>;

/**
 * The state after this device's edits. A record it no longer holds is deleted; a field it no longer
 * holds becomes null (a removed reference, a forgotten check-in). A new stamp is never earlier than
 * the one it replaces: a device whose clock lags still wins over what it has already seen.
 */
export function stampLocalChanges(known: SyncState, local: LocalFacts, now: number, device: string): Map<string, SyncRecord> {
  const out = new Map(known);
  for (const [key, values] of local) {
    const record = known.get(key);
    const fields: Record<string, FieldEntry> = { ...record?.fields };
    let changed = !isLive(record);
    for (const [name, v] of Object.entries(values)) {
      const before = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (before && canonicalJson(before.v) === canonicalJson(v)) continue;
      fields[name] = { v, t: after(now, before?.t, record?.deleted?.t), d: device };
      changed = true;
    }
    for (const [name, before] of Object.entries(fields)) {
      if (Object.hasOwn(values, name) || before.v === null) continue;
      fields[name] = { v: null, t: after(now, before.t), d: device };
      changed = true;
    }
    if (changed) out.set(key, { fields, deleted: record?.deleted ?? null });
  }
  for (const [key, record] of known) {
    if (!local.has(key) && isLive(record)) out.set(key, deletion({ t: after(now, ...Object.values(record.fields).map((f) => f.t)), d: device }));
  }
  return out;
}

const after = (now: number, ...seen: (number | undefined)[]) => Math.max(now, ...seen.map((t) => (t === undefined ? -Infinity : t + 1)));
