// The service worker. Listeners are registered synchronously at the top level, and nothing that
// matters lives in memory: the badge and timers are recomputed from the database on every wake.
import browser, { type Runtime } from 'webextension-polyfill';
import { openDb } from '../store/db';
import { refreshBadge } from './badge';
import { createHandlers } from './handlers';
import { createRouter } from './router';

const db = openDb();
const route = createRouter(createHandlers(db));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
browser.runtime.onInstalled.addListener(() => void refreshBadge(db, new Date()));
browser.runtime.onStartup.addListener(() => void refreshBadge(db, new Date()));
browser.alarms.onAlarm.addListener(() => void refreshBadge(db, new Date()));

void refreshBadge(db, new Date());
