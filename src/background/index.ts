// The service worker. Listeners are registered synchronously at the top level, and nothing that
// matters lives in memory: the badge and the alarm are recomputed from the database on every wake, every
// plan on install and update (the rules may have changed), and at start-up and on each alarm the plans
// that time has changed.
import './started';
import browser, { type Runtime } from 'webextension-polyfill';
import { openDb, type AfterviewDb } from '../store/db';
import { replanAll, replanExpired } from '../store/plan';
import { ALARM, armNextAlarm, notifyDue, openNotified } from './alarms';
import { refreshBadge } from './badge';
import { commands } from '../protocol';
import { createContext } from '../protocol/context';
import { createRouter } from './router';
import { loadSpeller } from './speller';
import { forgetAnalyses, sessionAnalysisCache } from './analyses';
import { deviceId } from './sync/device';
import { insertIntoThread } from '../thread-tabs';
import { createSyncEngine, isSyncOn, SYNC_ALARM, syncStatus } from './sync/engine';
import { mark } from '../core/trace';
import { closeStorageToContentScripts } from './storage-access';

mark('sw:imported');
const db = openDb();
db.on('ready', () => mark('sw:db-open'));
// Opened now, not at the first query: the browser opens the database while the rest of the worker loads
// and the message that woke it is dispatched.
db.open().catch(() => undefined);

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
  analyses: sessionAnalysisCache,
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
browser.runtime.onInstalled.addListener(() => void forgetAnalyses().catch(() => undefined).then(() => rebuild(replanAll)));
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

void closeStorageToContentScripts();

mark('sw:evaluated');
// The start-up's own work lets the event that woke the worker go first: reading what other devices wrote
// takes a transaction over every table, which held up a woken worker's answer to the sidebar by tens of
// milliseconds. Then the badge and the alarm are recomputed, a write under way when the worker stopped
// waits again, and what other devices wrote meanwhile is read.
const STARTUP_AFTER_MS = 300;
setTimeout(() => {
  void settle();
  void sync.resume().then(() => sync.receive());
}, STARTUP_AFTER_MS);
