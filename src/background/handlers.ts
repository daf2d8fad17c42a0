import { addDays } from 'date-fns';
import type { AfterviewDb } from '../store/db';
import { overdueCheckIns, readSettings, writeSettings } from '../store/queries';
import type { Handlers } from './router';

export function createHandlers(db: AfterviewDb, now: () => Date = () => new Date()): Handlers {
  return {
    'overview/get': async () => {
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
    'settings/get': () => readSettings(db),
    'settings/save': async ({ settings }) => {
      await writeSettings(db, settings);
      return readSettings(db);
    },
  };
}
