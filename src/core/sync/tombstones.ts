// Deletions and when their tombstones may go. A tombstone must outlive every copy of the record it
// deleted: 30 days is the time a device may stay away and still be told. A device away longer may
// bring a deleted record back (docs/sync.md, "Tombstones").
import type { Stamp, SyncRecord, SyncState } from './record';

export const TOMBSTONE_LIFETIME_MS = 30 * 86_400_000;

export const deletion = (stamp: Stamp): SyncRecord => ({ fields: {}, deleted: stamp });

/**
 * The state without the tombstones older than the lifetime at `now`. A pure function of `now`: two
 * devices that know the same changes and expire at the same `now` hold the same state, and expiring
 * early changes nothing so long as no change older than the lifetime arrives after it.
 */
export function expireTombstones(state: SyncState, now: number): Map<string, SyncRecord> {
  const horizon = now - TOMBSTONE_LIFETIME_MS;
  const out = new Map<string, SyncRecord>();
  for (const [key, record] of state) {
    if (record.deleted === null || record.deleted.t >= horizon) out.set(key, record);
    else if (Object.keys(record.fields).length > 0) out.set(key, { fields: record.fields, deleted: null });
  }
  return out;
}
