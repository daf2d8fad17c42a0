// Pending check-ins as an iCalendar file (RFC 5545): CRLF lines folded at 75 octets, text escaped,
// one all-day-free timed event per check-in from when it opens to when it is due.
import type { Application, CheckIn } from '../core/model';

const KIND_TITLE: Record<CheckIn['kind'], string> = {
  'thank-you': 'Send a thank-you note',
  'status-check': 'Send a status check',
  'check-in': 'Send a polite check-in',
  'phone-call': 'Call to follow up',
  'extended-delay': 'Ask for a revised timeline',
  'competing-offer': 'Tell them about the competing offer',
  'reference-update': 'Brief your reference',
};

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line so no line exceeds 75 octets (UTF-8), never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

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
      `UID:${checkIn.id}@afterview`,
      `DTSTAMP:${stamp(now.toISOString())}`,
      `DTSTART:${stamp(new Date(start).toISOString())}`,
      `DTEND:${stamp(new Date(end).toISOString())}`,
      `SUMMARY:${escapeText(`${KIND_TITLE[checkIn.kind]}${who} — ${app ? `${app.company}, ${app.role}` : 'application'}`)}`,
      `DESCRIPTION:${escapeText(checkIn.reason)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
