// What syncs when everything would not fit storage.sync: the oldest closed applications leave first and
// stay on this device only, and the options page names them. Settings, learned corrections, dismissed
// threads and deletions always sync: they are small, and every device needs them.
import { encodedRecordBytes, encodeState, type Encoded } from './encoding';
import { applicationIdOfKey, isClosedStage, threadApplicationKey } from './facts';
import { PLANNED_LIMITS, type SyncLimits } from './item-size';
import { isLive, lastChangeOf, valuesOf, type SyncRecord, type SyncState } from './record';

export interface LeftOut {
  applicationId: string;
  /** 'closed' as the issue asks; 'open' only when leaving out every closed one was not enough. */
  reason: 'closed' | 'open';
  /** Its last change (ms): the options page can say "applications closed before …". */
  lastChange: number;
}

export interface QuotaPlan {
  /** The records to keep in storage.sync. */
  synced: Map<string, SyncRecord>;
  encoded: Encoded;
  /** Oldest first. */
  leftOut: LeftOut[];
}

/** The key of the application record a record goes with: its own, or the one a tracked thread is for. */
function ownerOf(key: string, record: SyncRecord): string | null {
  if (applicationIdOfKey(key) !== null) return isLive(record) ? key : null;
  return key.startsWith('t:') ? threadApplicationKey(valuesOf(record)) : null;
}

export function planQuota(state: SyncState, previousLayout: ReadonlyMap<string, readonly string[]> = new Map(), limits: SyncLimits = PLANNED_LIMITS): QuotaPlan {
  const fits = (encoded: Encoded) => encoded.bytes <= limits.totalBytes && Object.keys(encoded.items).length <= limits.items;
  let encoded = encodeState(state, previousLayout, limits);
  if (fits(encoded)) return { synced: new Map(state), encoded, leftOut: [] };

  const groups = new Map<string, { keys: string[]; bytes: number; lastChange: number; closed: boolean }>();
  for (const [key, record] of state) {
    const owner = ownerOf(key, record);
    if (owner === null) continue;
    const group = groups.get(owner) ?? { keys: [], bytes: 0, lastChange: 0, closed: false };
    group.keys.push(key);
    group.bytes += encodedRecordBytes(key, record, limits);
    group.lastChange = Math.max(group.lastChange, lastChangeOf(record));
    if (key === owner) group.closed = isClosedStage(record.fields.s?.v);
    groups.set(owner, group);
  }
  const candidates = [...groups.entries()]
    .filter(([owner]) => isLive(state.get(owner)))
    .sort(([a, x], [b, y]) => Number(y.closed) - Number(x.closed) || x.lastChange - y.lastChange || (a < b ? -1 : a > b ? 1 : 0));

  const synced = new Map(state);
  const leftOut: LeftOut[] = [];
  let next = 0;
  const leave = () => {
    const [id, group] = candidates[next++] as (typeof candidates)[number];
    for (const key of group.keys) synced.delete(key);
    leftOut.push({ applicationId: applicationIdOfKey(id) ?? id, reason: group.closed ? 'closed' : 'open', lastChange: group.lastChange });
    return group.bytes;
  };
  // Weigh first, then check by encoding: packing may waste a little room, and then one more goes.
  let excess = encoded.bytes - limits.totalBytes;
  while (excess > 0 && next < candidates.length) excess -= leave();
  encoded = encodeState(synced, previousLayout, limits);
  while (!fits(encoded) && next < candidates.length) {
    leave();
    encoded = encodeState(synced, previousLayout, limits);
  }
  return { synced, encoded, leftOut };
}
