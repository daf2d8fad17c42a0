import type { CheckInListItem } from '../../messaging';

export type GroupName = 'Overdue' | 'Due this week' | 'Waiting on the employer' | 'Done recently';

const DAY = 86_400_000;

/** The popup's four groups: what is late, what comes this week, what waits on them, what was just done. */
export function groupCheckIns(items: CheckInListItem[], now: Date): Record<GroupName, CheckInListItem[]> {
  const t = now.getTime();
  const groups: Record<GroupName, CheckInListItem[]> = { Overdue: [], 'Due this week': [], 'Waiting on the employer': [], 'Done recently': [] };
  for (const item of items) {
    const { status, dueAt, doneAt, snoozedUntil } = item.checkIn;
    const due = Date.parse(dueAt);
    if (status === 'done') {
      if (doneAt && t - Date.parse(doneAt) < 14 * DAY) groups['Done recently'].push(item);
    } else if (status === 'dismissed') continue;
    else if (status === 'snoozed' && snoozedUntil && Date.parse(snoozedUntil) > t) groups['Waiting on the employer'].push(item);
    else if (due < t) groups.Overdue.push(item);
    else if (due < t + 7 * DAY) groups['Due this week'].push(item);
    else groups['Waiting on the employer'].push(item);
  }
  return groups;
}
