// Sync through storage.sync (issue 16): the bytes an application costs there, how many fit, and the time
// to merge a remote snapshot into a device that holds 2,000 applications.
import { applicationIdOfKey, decodeItems, encodeState, mergeStates, planQuota, readApplication, stampLocalChanges, valuesOf, type SyncRecord } from '../src/core/sync';
import { encodedRecordBytes } from '../src/core/sync/encoding';
import { BASE, searchState, typicalApplication, worstApplication } from '../tests/unit/sync-fixtures';

function perApplication(make: typeof typicalApplication): number {
  const state = searchState(1, make);
  let bytes = 0;
  for (const [key, record] of state) if (key.startsWith('a:') || (key.startsWith('t:') && record.fields.a?.v !== null)) bytes += encodedRecordBytes(key, record);
  return bytes;
}

function timed(runs: number, work: () => void): { median: number; worst: number } {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, worst: times.at(-1) ?? 0 };
}

const ms = (t: { median: number; worst: number }) => `median ${t.median.toFixed(1)} ms, worst ${t.worst.toFixed(1)} ms`;

const typical = perApplication(typicalApplication);
const worst = perApplication(worstApplication);
console.log(`encoded size per application (its record and one tracked thread): typical ${typical} B, worst case ${worst} B`);
for (const count of [100, 500, 2_000]) {
  const plan = planQuota(searchState(count));
  console.log(`${count} applications: ${count - plan.leftOut.length} sync, ${plan.leftOut.length} stay local (${plan.leftOut.filter((l) => l.reason === 'open').length} of them open); ${plan.encoded.bytes} B in ${Object.keys(plan.encoded.items).length} items`);
}

const local = searchState(2_000);
/** The other device's copy: every application edited there later (new stage and a check-in done). */
const remote = new Map<string, SyncRecord>();
for (const [key, record] of local) {
  if (!key.startsWith('a:')) continue;
  const t = BASE + 400 * 86_400_000;
  remote.set(key, { deleted: null, fields: { ...record.fields, s: { v: 'l', t, d: 'desk' }, 'K:check-in:~:2': { v: ['d', null, 300_000], t, d: 'desk' } } });
}
const snapshot = planQuota(remote).encoded.items;

const apply = (incoming: ReadonlyMap<string, SyncRecord>) => {
  const merged = mergeStates(local, incoming);
  // What the background then writes to Dexie: each application the merge changed, read back as facts.
  let changed = 0;
  for (const key of incoming.keys()) {
    const id = applicationIdOfKey(key);
    if (id && merged.get(key) !== local.get(key) && readApplication(id, valuesOf(merged.get(key)))) changed++;
  }
  return changed;
};

console.log(`merge the storage.sync snapshot (${Object.keys(snapshot).length} items, decoded first) into 2,000 applications: ${ms(timed(20, () => {
  const decoded = decodeItems(snapshot);
  if (!decoded.ok) throw new Error(decoded.problem.message);
  apply(decoded.state);
}))}`);
console.log(`merge a remote state of all 2,000 applications (every one changed) into 2,000: ${ms(timed(20, () => apply(remote)))}`);
const facts = new Map([...local].map(([key, record]) => [key, valuesOf(record)] as const));
console.log(`find this device's own edits among 2,000 applications (nothing changed): ${ms(timed(20, () => stampLocalChanges(local, facts, BASE + 1, 'lap')))}`);
console.log(`plan the quota and encode 2,000 applications: ${ms(timed(5, () => planQuota(local)))}`);
console.log(`encode 2,000 applications without a quota (${encodeState(local).bytes} B): ${ms(timed(5, () => encodeState(local)))}`);
