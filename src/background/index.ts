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

const route = createRouter(commands, createContext(db, { speller: loadSpeller, afterWrite: settle, openOptions: () => browser.runtime.openOptionsPage() }), { id: browser.runtime.id, origin: browser.runtime.getURL('') });

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

void settle();
