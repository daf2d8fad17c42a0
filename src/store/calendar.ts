// Pending check-ins as an iCalendar file (RFC 5545, written by core/icalendar.ts): one timed event
// per check-in from when it opens to when it is due.
import { escapeText, icalendarText } from '../core/icalendar';
import type { Application, CheckIn } from '../core/model';
import { companyLabel } from '../core/application-label';

const KIND_TITLE: Record<CheckIn['kind'], string> = {
  'thank-you': 'Send a thank-you note',
  'status-check': 'Send a status check',
  'check-in': 'Send a polite check-in',
  'phone-call': 'Call to follow up',
  'extended-delay': 'Ask for a revised timeline',
  'competing-offer': 'Tell them about the competing offer',
  'reference-update': 'Brief your reference',
};

const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function calendarOf(checkIns: CheckIn[], applications: Map<string, Application>, now: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Afterview//Follow-up check-ins//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const checkIn of checkIns) {
    const app = applications.get(checkIn.applicationId);
    const who = checkIn.contactName ? ` (${checkIn.contactName})` : '';
    const start = checkIn.status === 'snoozed' && checkIn.snoozedUntil ? checkIn.snoozedUntil : checkIn.notBefore;
    const end = checkIn.dueAt > start ? checkIn.dueAt : new Date(Date.parse(start) + 30 * 60_000).toISOString();
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${checkIn.id}@afterview`)}`,
      `DTSTAMP:${stamp(now.toISOString())}`,
      `DTSTART:${stamp(new Date(start).toISOString())}`,
      `DTEND:${stamp(new Date(end).toISOString())}`,
      `SUMMARY:${escapeText(`${KIND_TITLE[checkIn.kind]}${who} — ${app ? [companyLabel(app.company), app.role.trim()].filter(Boolean).join(', ') : 'application'}`)}`,
      `DESCRIPTION:${escapeText(checkIn.reason)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return icalendarText(lines);
}
