import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAll, mergeIncoming, mergeStates } from '../../src/core/sync/merge';
import { stampLocalChanges } from '../../src/core/sync/local-changes';
import { valuesOf, type SyncRecord, type SyncState, type SyncValue } from '../../src/core/sync/record';
import { deletion, expireTombstones, TOMBSTONE_LIFETIME_MS } from '../../src/core/sync/tombstones';

/** Property runs and 500-application plans take seconds on a busy machine: a bound on hangs, not a speed target. */
const SLOW = { timeout: 60_000 };

const DAY = 86_400_000;

/** One change as a device sends it: a field written, or the record deleted. */
type Change = { key: string; t: number; d: string } & ({ kind: 'write'; name: string; v: SyncValue } | { kind: 'delete' });

const value: fc.Arbitrary<SyncValue> = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.constantFrom('', 'Acme', 'Émile ✓'), fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }), fc.constant<SyncValue>({ b: 1, a: [null] }));

/** Few keys, fields, devices and times, so that collisions and exact ties are common. */
const change = (maxTime: number): fc.Arbitrary<Change> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('write' as const), key: fc.constantFrom('a:1', 'a:2', 's'), name: fc.constantFrom('c', 'r', 'K:x'), v: value, t: fc.integer({ min: 0, max: maxTime }), d: fc.constantFrom('a', 'b', 'c') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom('a:1', 'a:2', 's'), t: fc.integer({ min: 0, max: maxTime }), d: fc.constantFrom('a', 'b', 'c') }) },
  );

const asState = (c: Change): SyncState =>
  new Map<string, SyncRecord>([[c.key, c.kind === 'delete' ? deletion({ t: c.t, d: c.d }) : { fields: { [c.name]: { v: c.v, t: c.t, d: c.d } }, deleted: null }]]);

const stateOf = (changes: Change[]) => mergeAll(changes.map(asState));
const state = fc.array(change(6), { maxLength: 12 }).map(stateOf);

/** The changes in another order, some of them twice. */
const reordered = (changes: Change[]) =>
  fc.tuple(fc.array(fc.double({ noNaN: true }), { minLength: changes.length, maxLength: changes.length }), fc.array(fc.nat(), { maxLength: 6 })).map(([order, extra]) => {
    const withDuplicates = [...changes, ...(changes.length > 0 ? extra.map((i) => changes[i % changes.length] as Change) : [])];
    const keys = withDuplicates.map((_, i) => order[i % Math.max(order.length, 1)] ?? 0);
    return withDuplicates.map((c, i) => ({ c, k: keys[i] ?? 0, i })).sort((x, y) => x.k - y.k || x.i - y.i).map((x) => x.c);
  });

describe('merging what two devices know', SLOW, () => {
  it('is commutative', () => {
    fc.assert(fc.property(state, state, (a, b) => {
      expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
    }), { numRuns: 500 });
  });

  it('is associative', () => {
    fc.assert(fc.property(state, state, state, (a, b, c) => {
      expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
    }), { numRuns: 500 });
  });

  it('is idempotent', () => {
    fc.assert(fc.property(state, state, (a, b) => {
      expect(mergeStates(a, a)).toEqual(a);
      const ab = mergeStates(a, b);
      expect(mergeStates(ab, b)).toEqual(ab);
    }), { numRuns: 500 });
  });

  it('brings two devices that receive the same changes, in any order and with duplicates, to the same state', () => {
    const scenario = fc.array(change(6), { maxLength: 20 }).chain((changes) => fc.tuple(fc.constant(changes), reordered(changes), reordered(changes)));
    fc.assert(fc.property(scenario, ([changes, first, second]) => {
      const one = stateOf(first);
      const other = first.reduce<SyncState>((acc, c) => mergeStates(acc, asState(c)), new Map());
      const two = second.reduceRight<SyncState>((acc, c) => mergeStates(asState(c), acc), new Map());
      expect(one).toEqual(stateOf(changes));
      expect(other).toEqual(one);
      expect(two).toEqual(one);
    }), { numRuns: 500 });
  });

  it('keeps the later write of each field, whichever device made it', () => {
    const a = new Map([['a:1', { fields: { c: { v: 'Acme', t: 10, d: 'laptop' }, r: { v: 'Engineer', t: 30, d: 'laptop' } }, deleted: null }]]);
    const b = new Map([['a:1', { fields: { c: { v: 'Acme Corp', t: 20, d: 'desktop' }, r: { v: 'Analyst', t: 5, d: 'desktop' } }, deleted: null }]]);
    expect(valuesOf(mergeStates(a, b).get('a:1'))).toEqual({ c: 'Acme Corp', r: 'Engineer' });
  });

  it('breaks a tie of times by device id, the same way on every device', () => {
    const a = new Map([['s', { fields: { c: { v: 'patient', t: 7, d: 'aaa' } }, deleted: null }]]);
    const b = new Map([['s', { fields: { c: { v: 'standard', t: 7, d: 'bbb' } }, deleted: null }]]);
    expect(valuesOf(mergeStates(a, b).get('s'))).toEqual({ c: 'standard' });
    expect(valuesOf(mergeStates(b, a).get('s'))).toEqual({ c: 'standard' });
  });

  it('lets a deletion remove what was written before it, and a later write bring the record back', () => {
    const written = new Map([['a:1', { fields: { c: { v: 'Acme', t: 10, d: 'a' }, r: { v: 'Engineer', t: 30, d: 'a' } }, deleted: null }]]);
    const deleted = new Map([['a:1', deletion({ t: 20, d: 'b' })]]);
    expect(mergeStates(written, deleted).get('a:1')).toEqual({ fields: { r: { v: 'Engineer', t: 30, d: 'a' } }, deleted: { t: 20, d: 'b' } });
  });
});

describe('receiving another device’s records', SLOW, () => {
  it('names exactly the records the merge changed, and merges as mergeStates does', () => {
    fc.assert(fc.property(state, state, (known, incoming) => {
      const { merged, changed } = mergeIncoming(known, incoming);
      const expected = mergeStates(known, incoming);
      expect(merged).toEqual(expected);
      expect(changed).toEqual([...expected.keys()].filter((key) => !isSame(known.get(key), expected.get(key))).sort());
    }), { numRuns: 300 });
  });

  it('names nothing when the remote copy is what the device already knows', () => {
    fc.assert(fc.property(state, (known) => {
      expect(mergeIncoming(known, structuredClone(known)).changed).toEqual([]);
    }));
  });
});

/** The same fields and tombstone, whatever the order of the fields. */
const isSame = (a: SyncRecord | undefined, b: SyncRecord | undefined) => a !== undefined && b !== undefined && JSON.stringify(a.deleted) === JSON.stringify(b?.deleted) && JSON.stringify(Object.entries(a?.fields ?? {}).sort()) === JSON.stringify(Object.entries(b?.fields ?? {}).sort());

describe('tombstones expire after 30 days', SLOW, () => {
  it('drops a tombstone older than the lifetime, and keeps a younger one', () => {
    const now = 100 * DAY;
    const state = new Map([
      ['old', deletion({ t: now - TOMBSTONE_LIFETIME_MS - 1, d: 'a' })],
      ['young', deletion({ t: now - TOMBSTONE_LIFETIME_MS, d: 'a' })],
      ['back', { fields: { c: { v: 1, t: now - DAY, d: 'a' } }, deleted: { t: now - 40 * DAY, d: 'b' } }],
    ]);
    expect(expireTombstones(state, now)).toEqual(new Map([
      ['young', deletion({ t: now - TOMBSTONE_LIFETIME_MS, d: 'a' })],
      ['back', { fields: { c: { v: 1, t: now - DAY, d: 'a' } }, deleted: null }],
    ]));
  });

  it('still brings devices to the same state when each expires at its own moments, changes arriving within 30 days', () => {
    type Event = { at: number; change?: Change };
    const horizon = 120 * DAY;
    const deliveries = (changes: Change[]) =>
      fc.tuple(
        fc.array(fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.boolean(), fc.double({ min: 0, max: 0.999, noNaN: true })), { minLength: changes.length, maxLength: changes.length }),
        fc.array(fc.integer({ min: 0, max: horizon + 40 * DAY }), { maxLength: 8 }),
      ).map(([delays, expiries]) => {
        const events: Event[] = expiries.map((at) => ({ at }));
        changes.forEach((c, i) => {
          const [first, twice, second] = delays[i] ?? [0, false, 0];
          events.push({ at: c.t + Math.floor(first * TOMBSTONE_LIFETIME_MS), change: c });
          if (twice) events.push({ at: c.t + Math.floor(second * TOMBSTONE_LIFETIME_MS), change: c });
        });
        return events.sort((x, y) => x.at - y.at || (x.change ? 1 : 0) - (y.change ? 1 : 0));
      });
    const run = (events: Event[]) => events.reduce<SyncState>((acc, e) => (e.change ? mergeStates(acc, asState(e.change)) : expireTombstones(acc, e.at)), new Map());
    const scenario = fc
      .array(change(horizon), { maxLength: 16 })
      .map((changes) => changes.map((c) => ({ ...c, t: c.t - (c.t % DAY) + (c.t % 7) })))
      .chain((changes) => fc.tuple(fc.constant(changes), deliveries(changes), deliveries(changes)));
    fc.assert(fc.property(scenario, ([changes, one, two]) => {
      const end = horizon + 80 * DAY;
      const expected = expireTombstones(stateOf(changes), end);
      expect(expireTombstones(run(one), end)).toEqual(expected);
      expect(expireTombstones(run(two), end)).toEqual(expected);
    }), { numRuns: 500 });
  });
});

describe('the device’s own edits', () => {
  it('stamps only the fields that changed, a null where a field was removed, and a tombstone where a record was deleted', () => {
    const known = new Map<string, SyncRecord>([
      ['a:1', { fields: { c: { v: 'Acme', t: 10, d: 'x' }, r: { v: 'Engineer', t: 10, d: 'x' }, 'R:1': { v: ['Ann'], t: 10, d: 'x' } }, deleted: null }],
      ['a:2', { fields: { c: { v: 'Gone', t: 10, d: 'x' } }, deleted: null }],
    ]);
    const local = new Map<string, Record<string, SyncValue>>([['a:1', { c: 'Acme', r: 'Staff Engineer', 'R:1': null }], ['s', { c: 'patient', n: null }]]);
    const next = stampLocalChanges(known, local, 50, 'me', ['a:2']);
    expect(next.get('a:1')).toEqual({ fields: { c: { v: 'Acme', t: 10, d: 'x' }, r: { v: 'Staff Engineer', t: 50, d: 'me' }, 'R:1': { v: null, t: 50, d: 'me' } }, deleted: null });
    expect(next.get('a:2')).toEqual(deletion({ t: 50, d: 'me' }));
    expect(next.get('s')).toEqual({ fields: { c: { v: 'patient', t: 50, d: 'me' } }, deleted: null });
    expect(stampLocalChanges(next, local, 60, 'me', ['a:2'])).toEqual(next);
  });

  it('leaves alone what the device does not hold, so it never undoes another device’s work', () => {
    // The desktop marked a thank-you done and tracked a thread the laptop has not read.
    const known = new Map<string, SyncRecord>([
      ['a:1', { fields: { c: { v: 'Acme', t: 10, d: 'desk' }, 'K:thank-you:x': { v: ['d', null, 5], t: 10, d: 'desk' } }, deleted: null }],
      ['t:gmail:abc', { fields: { a: { v: '1', t: 10, d: 'desk' } }, deleted: null }],
    ]);
    const laptop = new Map<string, Record<string, SyncValue>>([['a:1', { c: 'Acme' }]]);
    expect(stampLocalChanges(known, laptop, 50, 'lap')).toEqual(known);
  });

  it('wins over what it has seen even when its clock lags', () => {
    const known = new Map([['s', { fields: { c: { v: 'standard', t: 1_000, d: 'fast' } }, deleted: null }]]);
    const next = stampLocalChanges(known, new Map([['s', { c: 'patient' }]]), 10, 'slow');
    expect(valuesOf(mergeStates(known, next).get('s'))).toEqual({ c: 'patient' });
  });
});
