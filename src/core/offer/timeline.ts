// The decision timeline as one iCalendar file (RFC 5545, written by ../icalendar.ts): the offer's
// deadline, the answer each employer was asked for by, and each employer's own decision window.
import { escapeText, icalendarText } from '../icalendar';
import type { Application } from '../model';
import { plusDays } from '../timeline/calendar';

export interface TimelineOffer {
  application: Pick<Application, 'id' | 'company' | 'role'>;
  deadline: string;
}

export interface TimelineOther {
  application: Pick<Application, 'id' | 'company' | 'role' | 'decisionWindow'>;
  /** When this employer was asked to answer by; null when the user has not asked. */
  askBy: string | null;
}

const HALF_HOUR = 30 * 60_000;
const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const day = (date: string) => date.replace(/-/g, '');
const named = (app: Pick<Application, 'company' | 'role'>) => [app.company.trim() || 'Company not named', app.role.trim()].filter(Boolean).join(', ');

function timed(uid: string, at: string, summary: string, description: string, now: string): string[] {
  const start = new Date(Date.parse(at) - HALF_HOUR).toISOString();
  return ['BEGIN:VEVENT', `UID:${escapeText(uid)}`, `DTSTAMP:${stamp(now)}`, `DTSTART:${stamp(start)}`, `DTEND:${stamp(new Date(at).toISOString())}`, `SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`, 'END:VEVENT'];
}

/** The file; `now` is the moment it is made (DTSTAMP). Each event ends at the moment it names. */
export function decisionTimeline(offer: TimelineOffer, others: readonly TimelineOther[], now: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Afterview//Decision timeline//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(`Decision timeline: ${named(offer.application)}`)}`];
  lines.push(...timed(`offer-deadline-${offer.application.id}@afterview`, offer.deadline, `Answer the offer from ${named(offer.application)}`, 'The deadline the offer gives for your answer.', now));
  for (const { application, askBy } of others) {
    if (askBy) {
      lines.push(...timed(`asked-by-${application.id}@afterview`, askBy, `Expected answer from ${named(application)}`, `You asked ${application.company.trim() || 'them'} to let you know by now, before your offer's deadline.`, now));
    }
    const window = application.decisionWindow;
    if (window) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${escapeText(`window-${application.id}@afterview`)}`,
        `DTSTAMP:${stamp(now)}`,
        `DTSTART;VALUE=DATE:${day(window.earliest)}`,
        // DTEND of an all-day event is the day after the last one (RFC 5545 §3.6.1).
        `DTEND;VALUE=DATE:${day(plusDays(window.latest, 1))}`,
        `SUMMARY:${escapeText(`${named(application)}: their decision window`)}`,
        `DESCRIPTION:${escapeText(`They said “${window.quote}”.`)}`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return icalendarText(lines);
}
