import type { AfterviewDb } from './db';
import type { CheckIn, Settings } from '../core/model';
import { DEFAULT_SETTINGS } from '../core/model';

/** Pending check-ins whose due moment has passed (snoozed ones count again once the snooze ends). */
export async function overdueCheckIns(db: AfterviewDb, now: Date): Promise<CheckIn[]> {
  const iso = now.toISOString();
  const pending = await db.checkIns.where('[status+dueAt]').between(['pending', ''], ['pending', iso], true, false).toArray();
  const snoozed = await db.checkIns.where('status').equals('snoozed').toArray();
  return [...pending, ...snoozed.filter((c) => c.snoozedUntil !== null && c.snoozedUntil <= iso && c.dueAt < iso)];
}

export async function readSettings(db: AfterviewDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...row?.value, profile: { ...DEFAULT_SETTINGS.profile, ...row?.value.profile } };
}

export async function writeSettings(db: AfterviewDb, settings: Settings): Promise<void> {
  await db.settings.put({ id: 'settings', value: settings });
}
