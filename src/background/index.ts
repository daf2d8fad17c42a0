// The service worker. Listeners are registered synchronously at the top level, and nothing that
// matters lives in memory: the badge and the alarm are recomputed from the database on every wake, every
// plan on install and update (the rules may have changed), and at start-up and on each alarm the plans
// that time has changed.
import browser, { type Runtime } from 'webextension-polyfill';
import { openDb, type AfterviewDb } from '../store/db';
import { replanAll, replanExpired } from '../store/plan';
import { ALARM, armNextAlarm, notifyDue, openNotified } from './alarms';
import { refreshBadge } from './badge';
import { commands } from '../protocol';
import { createContext } from '../protocol/context';
import { createRouter } from './router';
import { loadSpeller } from './speller';
import { deviceId } from './sync/device';
import { insertIntoThread } from '../thread-tabs';
import { createSyncEngine, isSyncOn, SYNC_ALARM, syncStatus } from './sync/engine';

const db = openDb();

async function settle(): Promise<void> {
  const now = new Date();
  await refreshBadge(db, now);
  await armNextAlarm(db, now);
}

async function rebuild(replanning: (db: AfterviewDb, now: Date) => Promise<unknown>): Promise<void> {
  await db.transaction('rw', db.tables, () => replanning(db, new Date()));
  await settle();
}

// Remote changes land in the database like a command's: the badge and the alarm follow.
const sync = createSyncEngine(db, settle);

const context = createContext(db, {
  speller: loadSpeller,
  afterWrite: settle,
  openOptions: () => browser.runtime.openOptionsPage(),
  syncDevice: deviceId,
  afterSyncedChange: () => sync.noteLocalChange(),
  clearSyncedCopy: () => sync.clearSyncedCopy(),
  insertIntoThread,
  sync: { status: async () => ({ ...(await syncStatus()), enabled: await isSyncOn() }), setEnabled: (on) => sync.setEnabled(on) },
});
const route = createRouter(commands, context, { id: browser.runtime.id, origin: browser.runtime.getURL('') });

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
browser.runtime.onInstalled.addListener(() => void rebuild(replanAll));
browser.runtime.onStartup.addListener(() => void rebuild(replanExpired));
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== ALARM) return;
  void (async () => {
    await db.transaction('rw', db.tables, () => replanExpired(db, new Date()));
    await notifyDue(db, new Date());
    await settle();
  })();
});
browser.notifications.onClicked.addListener((id) => void openNotified(db, id));
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SYNC_ALARM) void sync.flush();
});
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'sync') void sync.receive();
});

void settle();
// A write under way when the worker stopped waits again; and what other devices wrote meanwhile is read.
void sync.resume().then(() => sync.receive());
