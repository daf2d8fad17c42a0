// Dates as people read them in the UI: "in 3 days" with the exact moment beside it.
import type { Stage } from '../core/model';

const exact = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

export function exactTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : exact.format(date);
}

export function relativeTime(iso: string, now: Date = new Date()): string {
  const diff = Date.parse(iso) - now.getTime();
  if (Number.isNaN(diff)) return '';
  const hours = diff / 3_600_000;
  if (Math.abs(hours) < 1) return relative.format(Math.round(diff / 60_000), 'minute');
  if (Math.abs(hours) < 24) return relative.format(Math.round(hours), 'hour');
  return relative.format(Math.round(hours / 24), 'day');
}

/** A calendar date (YYYY-MM-DD) as "Mon, Dec 7". */
export function calendarDay(date: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : day.format(parsed);
}

export const STAGE_LABEL: Record<string, string> = {
  scheduling: 'Scheduling',
  scheduled: 'Interview scheduled',
  'awaiting-decision': 'Waiting for their decision',
  delayed: 'On hold',
  offer: 'Offer',
  rejected: 'Not moving forward',
};

/** Every stage, in the order a process goes through them, each a choice named in words. */
export const STAGES: readonly Stage[] = ['scheduling', 'scheduled', 'awaiting-decision', 'delayed', 'offer', 'rejected'];
export const STAGE_CHOICES = STAGES.map((stage) => ({ value: stage, label: STAGE_LABEL[stage] ?? stage }));

export const CHECK_IN_LABEL: Record<string, string> = {
  'thank-you': 'Send a thank-you note',
  'status-check': 'Send a status check',
  'check-in': 'Send a polite check-in',
  'phone-call': 'Call them',
  'extended-delay': 'Ask for a revised timeline',
  'competing-offer': 'Tell them about your other offer',
  'reference-update': 'Brief your reference',
};
