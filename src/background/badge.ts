import browser from 'webextension-polyfill';
import type { AfterviewDb } from '../store/db';
import { overdueCheckIns } from '../store/queries';
import { companyLabel } from '../core/application-label';

const BADGE_COLOR = '#b3261e';

/** Shows the number of overdue check-ins on the toolbar (nothing at 0); the title names them. */
export async function refreshBadge(db: AfterviewDb, now: Date): Promise<number> {
  const overdue = await overdueCheckIns(db, now);
  const count = overdue.length;
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeText({ text: count === 0 ? '' : count > 99 ? '99+' : String(count) });
  const applications = await db.applications.bulkGet([...new Set(overdue.map((c) => c.applicationId))]);
  const names = applications.filter((a) => a !== undefined).map((a) => companyLabel(a.company));
  const title =
    count === 0 ? 'Afterview: nothing overdue' : `Afterview: ${count} overdue check-in${count === 1 ? '' : 's'} (${names.join(', ')})`;
  await browser.action.setTitle({ title });
  return count;
}
