// The user's data as a whole: the overview, settings, backup and restore, the calendar file, and deleting
// everything. Only Afterview's own pages may touch it; the sidebar may read the settings its drafts need.
import { addDays } from 'date-fns';
import { settingsShape } from '../core/settings-shape';
import { literal, obj, str } from '../core/shape';
import { exportBackup, importBackup } from '../store/backup';
import { calendarOf } from '../store/calendar';
import { replanAll } from '../store/plan';
import { overdueCheckIns, readSettings, writeSettings } from '../store/queries';
import { ANY_CALLER, command, EXTENSION_PAGES } from './command';
import { WRITE_TABLES } from './context';
import { byDue } from './records';

export const dataCommands = {
  'overview/get': command({
    shape: obj({}),
    callers: EXTENSION_PAGES,
    handle: async (_payload, { db, now }) => {
      const at = now();
      const weekEnd = addDays(at, 7).toISOString();
      const [overdue, dueThisWeek, waiting, applications] = await Promise.all([
        overdueCheckIns(db, at),
        db.checkIns.where('[status+dueAt]').between(['pending', at.toISOString()], ['pending', weekEnd], true, false).count(),
        db.checkIns.where('[status+dueAt]').aboveOrEqual(['pending', weekEnd]).and((c) => c.status === 'pending').count(),
        db.applications.count(),
      ]);
      return { overdue: overdue.length, dueThisWeek, waiting, applications };
    },
  }),
  'settings/get': command({
    shape: obj({}),
    callers: ANY_CALLER,
    handle: (_payload, { db }) => readSettings(db),
  }),
  'settings/save': command({
    shape: obj({ settings: settingsShape }),
    callers: EXTENSION_PAGES,
    handle: async ({ settings }, { db, now, write }) => {
      await write(async () => {
        await writeSettings(db, settings);
        await replanAll(db, now());
      });
      return readSettings(db);
    },
  }),
  'backup/export': command({
    shape: obj({}),
    callers: EXTENSION_PAGES,
    handle: async (_payload, { db, now }) => {
      const at = now();
      return { json: JSON.stringify(await exportBackup(db, at), null, 2), fileName: `afterview-backup-${at.toISOString().slice(0, 10)}.json` };
    },
  }),
  'backup/import': command({
    shape: obj({ json: str }),
    callers: EXTENSION_PAGES,
    handle: async ({ json }, { db, now, write }) =>
      // One transaction: the restored data and its plans for today stand together or not at all.
      write(() => importBackup(db, json, () => replanAll(db, now()))),
  }),
  'calendar/export': command({
    shape: obj({}),
    callers: EXTENSION_PAGES,
    handle: async (_payload, { db, now }) => {
      const at = now();
      const [checkIns, applications] = await Promise.all([db.checkIns.where('status').anyOf('pending', 'snoozed').toArray().then(byDue), db.applications.toArray()]);
      return { ics: calendarOf(checkIns, new Map(applications.map((a) => [a.id, a])), at), fileName: 'afterview-check-ins.ics' };
    },
  }),
  'data/deleteAll': command({
    shape: obj({ confirm: literal('delete everything') }),
    callers: EXTENSION_PAGES,
    handle: async (_payload, { db, write, clearSyncedCopy, analyses }) => {
      const reply = await write(async () => {
        for (const table of WRITE_TABLES) await db.table(table).clear();
        return { deleted: true as const };
      });
      await analyses.clear();
      await clearSyncedCopy();
      return reply;
    },
  }),
};
