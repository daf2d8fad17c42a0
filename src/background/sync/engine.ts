// Moves the known synced records to and from storage.sync (docs/sync.md, "Wiring"). The service worker
// can stop at any moment, so what matters lives in storage.local (the pacing state, the switch, the last
// problem and what the quota left out) and in the database (the known records); only a timer and a
// queue live in memory, and an alarm stands in for the timer when the worker stops.
import browser from 'webextension-polyfill';
import {
  decodeItems,
  diffItems,
  isEmptyWrite,
  isSyncItemKey,
  nextWriteAt,
  noteChange,
  noteWriteRefused,
  noteWriteStarted,
  noteWriteSucceeded,
  NOTHING_PENDING,
  planQuota,
  resumeAfterRestart,
  type Decoded,
  type LeftOut,
  type PacingState,
} from '../../core/sync';
import type { AfterviewDb } from '../../store/db';
import { applyRemote, expireKnown, forgetKnown } from '../../store/sync';
import { replan } from '../../store/plan';

export const SYNC_ALARM = 'afterview-sync';
const PACING_KEY = 'syncPacing';
const ENABLED_KEY = 'syncEnabled';
const STATUS_KEY = 'syncStatus';
/** chrome.alarms fires no sooner than 30 s from now. */
const ALARM_MIN_MS = 30_000;

/** What the options page shows: the last problem reading the synced copy, and what the quota kept here. */
export interface SyncStatus {
  problem: 'newer-version' | 'incomplete' | 'corrupt' | 'refused' | null;
  /** The browser's words when it refused a write (quota, rate). */
  detail: string | null;
  leftOut: LeftOut[];
  lastWriteAt: number | null;
}

const NO_STATUS: SyncStatus = { problem: null, detail: null, leftOut: [], lastWriteAt: null };

async function local<T>(key: string, fallback: T): Promise<T> {
  const value = (await browser.storage.local.get(key))[key] as T | undefined;
  return value ?? fallback;
}

/** On unless the user turned it off: where the browser's own sync is off, storage.sync stays on this computer. */
export const isSyncOn = async (): Promise<boolean> => (await local<boolean>(ENABLED_KEY, true)) !== false;
export const syncStatus = (): Promise<SyncStatus> => local(STATUS_KEY, NO_STATUS);
const saveStatus = async (change: Partial<SyncStatus>) => browser.storage.local.set({ [STATUS_KEY]: { ...(await syncStatus()), ...change } });
const pacing = async (): Promise<PacingState> => local(PACING_KEY, NOTHING_PENDING);
const savePacing = (state: PacingState) => browser.storage.local.set({ [PACING_KEY]: state });

export interface SyncEngine {
  /** A command changed a synced record: write it after the pacing's quiet moment. */
  noteLocalChange(): Promise<void>;
  /** storage.onChanged for the sync area. */
  receive(): Promise<void>;
  /** The pacing says it is time (timer or alarm). */
  flush(): Promise<void>;
  /** The worker started: a write under way when it stopped waits again. */
  resume(): Promise<void>;
  setEnabled(on: boolean): Promise<void>;
  /** After delete-everything: with sync on the tombstones go out now; off, the synced copy is removed. */
  clearSyncedCopy(): Promise<void>;
}

export function createSyncEngine(db: AfterviewDb, afterRemoteChange: () => Promise<void>): SyncEngine {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One step at a time: a timer, an alarm and onChanged may all wake the worker at once.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };

  async function schedule(state: PacingState): Promise<void> {
    clearTimeout(timer);
    const at = nextWriteAt(state);
    if (at === null) {
      await browser.alarms.clear(SYNC_ALARM);
      return;
    }
    const wait = Math.max(0, at - Date.now());
    timer = setTimeout(() => void engine.flush(), wait);
    await browser.alarms.create(SYNC_ALARM, { when: Date.now() + Math.max(wait, ALARM_MIN_MS) });
  }

  /** Reads the whole area; merges it when it is readable. Returns the stored items and what they decoded to. */
  async function pull(): Promise<{ stored: Record<string, unknown>; decoded: Decoded }> {
    const stored = await browser.storage.sync.get(null);
    const decoded = decodeItems(stored);
    if (!decoded.ok) {
      await saveStatus({ problem: decoded.problem.kind, detail: null });
      return { stored, decoded };
    }
    const changed = await db.transaction('rw', db.tables, async () => {
      const applied = await applyRemote(db, decoded.state);
      for (const id of applied.applications) await replan(db, id, new Date());
      return applied.changed;
    });
    if (changed.length > 0) await afterRemoteChange();
    return { stored, decoded };
  }

  /** What this device would write now over what the area holds. */
  async function planned(stored: Record<string, unknown>, decoded: Decoded) {
    const known = await db.transaction('rw', db.syncRecords, () => expireKnown(db, Date.now()));
    const plan = planQuota(known, decoded.ok ? decoded.layout : new Map());
    return { plan, write: diffItems(plan.encoded.items, stored) };
  }

  /** A change to send: the pacing decides when the write goes, and an alarm wakes the worker for it. */
  const paceWrite = async () => {
    const state = noteChange(await pacing(), Date.now());
    await savePacing(state);
    await schedule(state);
  };

  const engine: SyncEngine = {
    noteLocalChange: () =>
      serial(async () => {
        if (await isSyncOn()) await paceWrite();
      }),

    receive: () =>
      serial(async () => {
        if (!(await isSyncOn())) return;
        const { stored, decoded } = await pull();
        if (!decoded.ok) return;
        await saveStatus({ problem: null, detail: null });
        // Another device wrote over items that held this device's changes (the browser's sync keeps the
        // last write of each item): write the merged state back.
        const { write } = await planned(stored, decoded);
        if (!isEmptyWrite(write)) await paceWrite();
      }),

    flush: () =>
      serial(async () => {
        if (!(await isSyncOn())) return;
        let state = await pacing();
        const at = nextWriteAt(state);
        if (at === null) return;
        if (at > Date.now()) return schedule(state);
        // Never write over what this device has not seen: merge the area first.
        const { stored, decoded } = await pull();
        // A newer or damaged copy: pull said so, and nothing is written over it. Still arriving
        // ('incomplete'): the next onChanged brings the rest, and the change waits.
        if (!decoded.ok) {
          // Should the rest never come, look again later rather than wait for a change that may not.
          if (decoded.problem.kind === 'incomplete') await browser.alarms.create(SYNC_ALARM, { when: Date.now() + ALARM_MIN_MS });
          return;
        }
        const { plan, write } = await planned(stored, decoded);
        await saveStatus({ leftOut: plan.leftOut });
        if (isEmptyWrite(write)) {
          state = { ...state, dirtySince: null, lastChangeAt: null };
          await savePacing(state);
          return schedule(state);
        }
        state = noteWriteStarted(state, Date.now());
        await savePacing(state);
        try {
          if (Object.keys(write.set).length > 0) await browser.storage.sync.set(write.set);
          if (write.remove.length > 0) await browser.storage.sync.remove(write.remove);
          state = noteWriteSucceeded(state);
          await saveStatus({ problem: null, detail: null, lastWriteAt: Date.now() });
        } catch (error) {
          state = noteWriteRefused(state, Date.now());
          await saveStatus({ problem: 'refused', detail: error instanceof Error ? error.message : String(error) });
        }
        await savePacing(state);
        await schedule(state);
      }),

    resume: () =>
      serial(async () => {
        const state = resumeAfterRestart(await pacing());
        await savePacing(state);
        if (await isSyncOn()) await schedule(state);
      }),

    setEnabled: async (on) => {
      await browser.storage.local.set({ [ENABLED_KEY]: on });
      if (!on) {
        await serial(async () => {
          clearTimeout(timer);
          await browser.alarms.clear(SYNC_ALARM);
          await saveStatus(NO_STATUS);
        });
        return;
      }
      await engine.receive();
      await engine.noteLocalChange();
    },

    clearSyncedCopy: async () => {
      if (await isSyncOn()) return engine.noteLocalChange();
      await serial(async () => {
        const stored = await browser.storage.sync.get(null);
        const keys = Object.keys(stored).filter(isSyncItemKey);
        if (keys.length > 0) await browser.storage.sync.remove(keys);
        await db.transaction('rw', db.syncRecords, () => forgetKnown(db));
        await savePacing(NOTHING_PENDING);
      });
    },
  };
  return engine;
}
