// When to write to storage.sync. Chrome refuses more than 120 writes a minute and 1,800 an hour
// (MAX_WRITE_OPERATIONS_PER_MINUTE, _PER_HOUR): changes wait for a quiet moment and go in one write,
// and a refused write is tried again later. The state is plain data the background keeps in storage,
// since its service worker can stop at any time (docs/architecture.md).

export interface PacingLimits {
  perMinute: number;
  perHour: number;
  /** Wait this long after the last change, so a burst of edits becomes one write… */
  debounceMs: number;
  /** …but never longer than this after the first one. */
  maxDelayMs: number;
  /** After a refusal, wait this long, doubled for each refusal in a row, up to maxRetryMs. */
  retryMs: number;
  maxRetryMs: number;
}

/** Below Chrome's 120 and 1,800, leaving room for the options page's own writes (the sync switch). */
export const PACING: PacingLimits = { perMinute: 100, perHour: 1_500, debounceMs: 2_000, maxDelayMs: 15_000, retryMs: 60_000, maxRetryMs: 3_600_000 };

const MINUTE = 60_000;
const HOUR = 3_600_000;

export interface PacingState {
  /** When the oldest change not yet written was made; null when nothing waits. */
  dirtySince: number | null;
  lastChangeAt: number | null;
  /** dirtySince of the write under way (null when none is): a refusal makes it wait again. */
  inFlight: number | null;
  /** The writes of the last hour, oldest first. */
  writes: number[];
  /** Refusals in a row. */
  refusals: number;
  /** No write before this (after a refusal). */
  notBefore: number;
}

export const NOTHING_PENDING: PacingState = { dirtySince: null, lastChangeAt: null, inFlight: null, writes: [], refusals: 0, notBefore: 0 };

export const noteChange = (state: PacingState, now: number): PacingState => ({ ...state, dirtySince: state.dirtySince ?? now, lastChangeAt: now });

/** The earliest moment to write what is pending, within the limits; null when nothing is, or a write is under way. */
export function nextWriteAt(state: PacingState, limits: PacingLimits = PACING): number | null {
  if (state.dirtySince === null || state.inFlight !== null) return null;
  const quiet = Math.min((state.lastChangeAt ?? state.dirtySince) + limits.debounceMs, state.dirtySince + limits.maxDelayMs);
  // The write that must leave the window before another fits: the perMinute-th latest, the perHour-th latest.
  const minuteFree = (state.writes.at(-limits.perMinute) ?? -Infinity) + MINUTE;
  const hourFree = (state.writes.at(-limits.perHour) ?? -Infinity) + HOUR;
  return Math.max(quiet, state.notBefore, minuteFree, hourFree);
}

/** A write begins: what was pending goes into it, and it counts against the limits whatever the answer. */
export function noteWriteStarted(state: PacingState, now: number): PacingState {
  return { ...state, inFlight: state.dirtySince ?? now, dirtySince: null, writes: [...state.writes.filter((t) => t > now - HOUR), now] };
}

export const noteWriteSucceeded = (state: PacingState): PacingState => ({ ...state, inFlight: null, refusals: 0 });

/**
 * The browser refused the write (quota or rate): its changes wait again, as old as they were. Nothing is
 * dropped, since what to write is worked out afresh from the records each time (diff.ts).
 */
export function noteWriteRefused(state: PacingState, now: number, limits: PacingLimits = PACING): PacingState {
  const refusals = state.refusals + 1;
  const wait = Math.min(limits.retryMs * 2 ** (refusals - 1), limits.maxRetryMs);
  const since = state.inFlight ?? now;
  return { ...state, inFlight: null, refusals, notBefore: now + wait, dirtySince: Math.min(state.dirtySince ?? since, since), lastChangeAt: state.lastChangeAt ?? since };
}

/**
 * For a service worker that starts again: a write it began before it stopped may or may not have
 * happened, so its changes wait again (writing them twice is harmless: diff.ts finds nothing to write).
 */
export function resumeAfterRestart(state: PacingState): PacingState {
  if (state.inFlight === null) return state;
  return { ...state, inFlight: null, dirtySince: Math.min(state.dirtySince ?? state.inFlight, state.inFlight), lastChangeAt: state.lastChangeAt ?? state.inFlight };
}
