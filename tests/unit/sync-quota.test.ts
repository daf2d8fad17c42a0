import { describe, expect, it } from 'vitest';
import { decodeItems, encodeState, MANIFEST_KEY } from '../../src/core/sync/encoding';
import { applicationKey, isClosedStage, SETTINGS_KEY } from '../../src/core/sync/facts';
import { BROWSER_LIMITS, itemBytes, PLANNED_LIMITS } from '../../src/core/sync/item-size';
import { planQuota } from '../../src/core/sync/quota';
import { isLive, type SyncRecord } from '../../src/core/sync/record';
import { deletion } from '../../src/core/sync/tombstones';
import { idOf, searchState, typicalApplication } from './sync-fixtures';

/** Property runs and 500-application plans take seconds on a busy machine: a bound on hangs, not a speed target. */
const SLOW = { timeout: 60_000 };

const closed = (record: SyncRecord | undefined) => isClosedStage(record?.fields.s?.v);
const lastChange = (record: SyncRecord) => Math.max(...Object.values(record.fields).map((f) => f.t));

/** A long search: four applications in five are closed (rejected, or the offer recorded). */
const longSearch = (i: number) => {
  const made = typicalApplication(i);
  return { ...made, app: { ...made.app, stage: i % 5 === 0 ? ('awaiting-decision' as const) : i % 2 ? ('rejected' as const) : ('offer' as const) } };
};

function expectWithinBrowserLimits(items: Record<string, unknown>) {
  const sizes = Object.entries(items).map(([key, value]) => itemBytes(key, value));
  expect(sizes.length).toBeLessThanOrEqual(BROWSER_LIMITS.items);
  for (const size of sizes) expect(size).toBeLessThanOrEqual(BROWSER_LIMITS.itemBytes);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(BROWSER_LIMITS.totalBytes);
}

describe('what syncs of 500 applications, 400 of them closed', SLOW, () => {
  const state = searchState(500, longSearch);
  const plan = planQuota(state);

  it('stays within storage.sync’s limits: 100 KB in all, 8 KB an item, 512 items', () => {
    expect(encodeState(state).bytes).toBeGreaterThan(BROWSER_LIMITS.totalBytes);
    expectWithinBrowserLimits(plan.encoded.items);
    expect(plan.encoded.bytes).toBeLessThanOrEqual(PLANNED_LIMITS.totalBytes);
  });

  it('leaves out closed applications only, the oldest first, and keeps every open one', () => {
    expect(plan.leftOut.length).toBeGreaterThan(0);
    expect(plan.leftOut.every((l) => l.reason === 'closed' && closed(state.get(applicationKey(l.applicationId))))).toBe(true);
    const lastLeft = Math.max(...plan.leftOut.map((l) => l.lastChange));
    for (const [key, record] of plan.synced) if (key.startsWith('a:') && closed(record)) expect(lastChange(record)).toBeGreaterThanOrEqual(lastLeft);
    const open = [...state].filter(([key, record]) => key.startsWith('a:') && !closed(record));
    for (const [key] of open) expect(plan.synced.has(key)).toBe(true);
    expect(plan.leftOut.map((l) => l.lastChange)).toEqual([...plan.leftOut.map((l) => l.lastChange)].sort((a, b) => a - b));
  });

  it('leaves out a closed application with its threads, and keeps it nowhere else', () => {
    const left = new Set(plan.leftOut.map((l) => applicationKey(l.applicationId)));
    for (const [key, record] of plan.synced) {
      if (key.startsWith('t:')) expect(left.has(`a:${String(record.fields.a?.v)}`)).toBe(false);
      if (key.startsWith('a:')) expect(left.has(key)).toBe(false);
    }
    for (const key of left) expect(state.has(key)).toBe(true);
  });

  it('always syncs settings, learned corrections and dismissed threads', () => {
    for (const [key] of state) if (!key.startsWith('a:') && !(key.startsWith('t:') && typeof state.get(key)?.fields.a?.v === 'string')) expect(plan.synced.has(key)).toBe(true);
    expect(plan.synced.has(SETTINGS_KEY)).toBe(true);
  });

  it('encodes exactly what it chose', () => {
    const decoded = decodeItems(plan.encoded.items);
    expect(decoded.ok && decoded.state).toEqual(plan.synced);
  });

  it('chooses the same again from the items it wrote, rewriting nothing', () => {
    const decoded = decodeItems(plan.encoded.items);
    if (!decoded.ok) throw new Error(decoded.problem.message);
    const again = planQuota(state, decoded.layout);
    expect(again.leftOut).toEqual(plan.leftOut);
    expect(again.encoded.items).toEqual(plan.encoded.items);
  });
});

describe('the quota plan', SLOW, () => {
  it('syncs everything when it fits', () => {
    const state = searchState(30);
    const plan = planQuota(state);
    expect(plan.leftOut).toEqual([]);
    expect(plan.synced).toEqual(state);
  });

  it('leaves out open applications, oldest first, only once no closed one is left', () => {
    const state = searchState(500);
    const plan = planQuota(state);
    expectWithinBrowserLimits(plan.encoded.items);
    const reasons = plan.leftOut.map((l) => l.reason);
    const closedCount = [...state].filter(([key, record]) => key.startsWith('a:') && closed(record)).length;
    expect(reasons).toEqual([...Array<string>(closedCount).fill('closed'), ...Array<string>(reasons.length - closedCount).fill('open')]);
    expect(plan.leftOut.find((l) => l.reason === 'open')?.applicationId).toBe(idOf(0));
    const open = plan.leftOut.filter((l) => l.reason === 'open').map((l) => l.lastChange);
    expect(open).toEqual([...open].sort((a, b) => a - b));
  });

  it('keeps deletions, so a deleted application is deleted everywhere even when space is short', () => {
    const state = searchState(500);
    state.set(applicationKey(idOf(9999)), deletion({ t: 1, d: 'lap' }));
    const plan = planQuota(state);
    expect(plan.synced.get(applicationKey(idOf(9999)))).toEqual(deletion({ t: 1, d: 'lap' }));
    expect(isLive(plan.synced.get(applicationKey(idOf(9999))))).toBe(false);
  });

  it('holds the manifest within one item', () => {
    const plan = planQuota(searchState(500));
    expect(itemBytes(MANIFEST_KEY, plan.encoded.items[MANIFEST_KEY])).toBeLessThan(BROWSER_LIMITS.itemBytes);
  });
});
