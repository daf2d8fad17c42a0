import { describe, expect, it } from 'vitest';
import { nextWriteAt, noteChange, noteWriteRefused, noteWriteStarted, noteWriteSucceeded, NOTHING_PENDING, PACING, resumeAfterRestart, type PacingLimits, type PacingState } from '../../src/core/sync/pacing';

const MINUTE = 60_000;
const HOUR = 3_600_000;

interface Run {
  writes: number[];
  /** For each write, the changes it carried (by their index): a refused write carried nothing. */
  carried: number[][];
  refused: number;
}

/**
 * A fake clock that plays changes at the given times and writes whenever the scheduler says, each write
 * taking `takes` ms. `refuse(n)` says whether the browser refuses the n-th write.
 */
function simulate(changes: number[], refuse: (n: number) => boolean = () => false, limits: PacingLimits = PACING, takes = 50): Run {
  let state: PacingState = NOTHING_PENDING;
  const run: Run = { writes: [], carried: [], refused: 0 };
  let next = 0;
  let unwritten: number[] = [];
  let inFlight: { done: number; carried: number[] } | null = null;
  for (let guard = 0; guard < 1_000_000; guard++) {
    const due = nextWriteAt(state, limits);
    const times = [changes[next] ?? Infinity, inFlight?.done ?? Infinity, due ?? Infinity];
    const now = Math.min(...times);
    if (now === Infinity) return run;
    if (inFlight && now === inFlight.done) {
      if (refuse(run.writes.length - 1)) {
        run.refused++;
        unwritten = [...inFlight.carried, ...unwritten];
        state = noteWriteRefused(state, now, limits);
      } else {
        run.carried.push(inFlight.carried);
        state = noteWriteSucceeded(state);
      }
      inFlight = null;
    } else if (now === changes[next]) {
      unwritten.push(next++);
      state = noteChange(state, now);
    } else {
      run.writes.push(now);
      inFlight = { done: now + takes, carried: unwritten };
      unwritten = [];
      state = noteWriteStarted(state, now);
    }
  }
  throw new Error('the scheduler never settled');
}

/** The most writes in any window of `span` ms. */
function busiest(writes: number[], span: number): number {
  let most = 0;
  for (let i = 0, j = 0; j < writes.length; j++) {
    while ((writes[j] as number) - (writes[i] as number) >= span) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

const carriedAll = (run: Run, count: number) => expect(run.carried.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));

describe('pacing writes to storage.sync', () => {
  it('makes one write of a burst of edits, after it settles', () => {
    const burst = Array.from({ length: 30 }, (_, i) => 1_000 + i * 100);
    const run = simulate(burst);
    expect(run.writes).toEqual([1_000 + 29 * 100 + PACING.debounceMs]);
    carriedAll(run, 30);
  });

  it('writes at least every maxDelay during edits that never pause', () => {
    const steady = Array.from({ length: 600 }, (_, i) => i * 500);
    const run = simulate(steady);
    for (let i = 1; i < run.writes.length; i++) expect((run.writes[i] as number) - (run.writes[i - 1] as number)).toBeLessThanOrEqual(PACING.maxDelayMs + 500);
    carriedAll(run, 600);
  });

  it('stays under 120 writes a minute and 1,800 an hour, however the edits come', () => {
    // An edit a second for two hours, with almost no debounce: each would be its own write without the limits.
    const limits = { ...PACING, debounceMs: 10, maxDelayMs: 10 };
    const edits = Array.from({ length: 2 * 3_600 }, (_, i) => i * 1_000 + (i % 3) * 7);
    const run = simulate(edits, () => false, limits);
    expect(busiest(run.writes, MINUTE)).toBeLessThanOrEqual(100);
    expect(busiest(run.writes, HOUR)).toBeLessThanOrEqual(1_500);
    expect(busiest(run.writes, HOUR)).toBeGreaterThan(1_400);
    carriedAll(run, edits.length);
  });

  it('with 500 applications each edited at once (a restore, a re-plan), still writes within the limits', () => {
    const edits = Array.from({ length: 500 * 4 }, (_, i) => 5_000 + i * 3);
    const run = simulate(edits);
    expect(busiest(run.writes, MINUTE)).toBeLessThanOrEqual(100);
    expect(run.writes.length).toBeLessThanOrEqual(3);
    carriedAll(run, edits.length);
  });

  it('queues a refused write for later, backing off, and never drops its changes', () => {
    const edits = [0, 100, 200, 90_000, 400_000];
    const run = simulate(edits, (n) => n < 3);
    expect(run.refused).toBe(3);
    const [first, second, third, fourth] = run.writes as [number, number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(PACING.retryMs);
    expect(third - second).toBeGreaterThanOrEqual(2 * PACING.retryMs);
    expect(fourth - third).toBeGreaterThanOrEqual(4 * PACING.retryMs);
    carriedAll(run, edits.length);
  });

  it('keeps trying when the browser refuses for hours, an hour apart at most', () => {
    const run = simulate([0], (n) => n < 10);
    expect(run.refused).toBe(10);
    const gaps = run.writes.slice(1).map((t, i) => t - (run.writes[i] as number));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(PACING.maxRetryMs + 50);
    carriedAll(run, 1);
  });

  it('says nothing is due when nothing waits or a write is under way', () => {
    expect(nextWriteAt(NOTHING_PENDING)).toBeNull();
    const writing = noteWriteStarted(noteChange(NOTHING_PENDING, 0), 2_000);
    expect(nextWriteAt(writing)).toBeNull();
    expect(nextWriteAt(noteChange(writing, 2_100))).toBeNull();
    expect(nextWriteAt(noteWriteSucceeded(noteChange(writing, 2_100)))).toBe(2_100 + PACING.debounceMs);
  });

  it('keeps its state as plain data, so a restarted service worker carries on', () => {
    const state = noteWriteRefused(noteWriteStarted(noteChange(NOTHING_PENDING, 5), 2_005), 2_100);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(nextWriteAt(state)).toBe(2_100 + PACING.retryMs);
  });

  it('writes again what a write cut short by a stopped service worker carried', () => {
    const cut = noteWriteStarted(noteChange(NOTHING_PENDING, 1_000), 3_000);
    expect(nextWriteAt(cut)).toBeNull();
    const resumed = resumeAfterRestart(cut);
    expect(resumed.dirtySince).toBe(1_000);
    expect(nextWriteAt(resumed)).toBe(3_000);
    expect(resumeAfterRestart(NOTHING_PENDING)).toBe(NOTHING_PENDING);
  });
});
