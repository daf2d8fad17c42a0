// One alarm for the next moment something falls due or a plan expires, rebuilt from the database every time.
import browser from 'webextension-polyfill';
import type { AfterviewDb } from '../store/db';
import { overdueCheckIns, readSettings } from '../store/queries';
import { openThread } from '../thread-tabs';
import { applicationLabel } from '../core/application-label';

export const ALARM = 'afterview-next-due';

export async function armNextAlarm(db: AfterviewDb, now: Date): Promise<number | null> {
  const at = now.toISOString();
  const nextPending = await db.checkIns.where('[status+dueAt]').between(['pending', at], ['pending', '\uffff'], false, true).first();
  // A check-in already due that nobody was told of (tracked late, or due while the browser was closed): the
  // alarm's notifyDue tells of it as soon as an alarm may fire, not at the next future due date.
  const untold = (await overdueCheckIns(db, now)).some((c) => c.notifiedAt === null);
  const snoozed = await db.checkIns.where('status').equals('snoozed').toArray();
  const nextExpiry = await db.planExpiry.where('expiresAt').above(at).first();
  const times = [untold ? at : undefined, nextPending?.dueAt, nextExpiry?.expiresAt, ...snoozed.map((c) => (c.snoozedUntil && c.snoozedUntil > at ? c.snoozedUntil : c.dueAt > at ? c.dueAt : undefined))]
    .filter((t): t is string => Boolean(t))
    .map((t) => Date.parse(t));
  if (times.length === 0) {
    await browser.alarms.clear(ALARM);
    return null;
  }
  const when = Math.max(Math.min(...times), now.getTime() + 60_000);
  // An alarm armed sooner stays: moving it later could pass over what it was armed for, while firing early
  // costs one look that arms the alarm again.
  const armed = await browser.alarms.get(ALARM);
  if (armed && armed.scheduledTime <= when) return armed.scheduledTime;
  // Creating an alarm under the same name replaces it, so there is never a moment without one (a clear first
  // left a gap that a concurrent look, or a worker stopped right then, could fall into).
  await browser.alarms.create(ALARM, { when });
  return when;
}

/** Tells the user once about each check-in that fell due (when they want notifications). */
export async function notifyDue(db: AfterviewDb, now: Date): Promise<number> {
  const settings = await readSettings(db);
  const due = (await overdueCheckIns(db, now)).filter((c) => c.notifiedAt === null);
  if (due.length === 0) return 0;
  if (settings.notifications) {
    for (const checkIn of due) {
      const app = await db.applications.get(checkIn.applicationId);
      await browser.notifications.create(`checkin:${checkIn.id}`, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('icons/icon-128.png'),
        title: app ? applicationLabel(app) : 'Afterview',
        message: checkIn.reason,
      });
    }
  }
  await db.checkIns.bulkPut(due.map((c) => ({ ...c, notifiedAt: now.toISOString() })));
  return due.length;
}

/** Opens the thread of the check-in a notification was about (the options page when it has none) and clears it. */
export async function openNotified(db: AfterviewDb, notificationId: string): Promise<void> {
  const checkIn = await db.checkIns.get(notificationId.replace(/^checkin:/, ''));
  const link = checkIn ? await db.threads.where('applicationId').equals(checkIn.applicationId).first() : undefined;
  if (link?.url) await openThread(link.url);
  else await browser.runtime.openOptionsPage();
  await browser.notifications.clear(notificationId);
}
