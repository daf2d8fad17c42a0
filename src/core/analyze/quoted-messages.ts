// Mail forwarded inside a message, cut into the messages it holds, each with its sender and date as its
// header gives them: "From: … / Date: …" (Gmail's and Outlook's forwards) or "On Tue, Nov 10, 2026 at
// 6:47 PM Henrike Vogt <…> wrote:" above a quote. A forward to a mentor holds the employer's own mail,
// written days before the forward.
import { monthFirst } from '../timeline/chrono-english';
import { MAX_MESSAGE_CHARS } from '../bounded-text';
import { builtOnFirstUse } from '../caseless';

export interface QuotedMessage {
  /** The header's sender, as written ("Henrike Vogt <h.vogt@uni-elbufer.de>"). */
  from: string;
  /** When its header says it was sent (in the forwarding message's offset), or null when it does not say. */
  sentAt: string | null;
  text: string;
}

const MAX_QUOTED_MESSAGES = 12;

const FROM_LINE = /^[ \t>]*(?:From|Von|De):[ \t]*([^\n]{1,200})$/i;
/** A Gmail reply's attribution line above its quote. */
export const WROTE_LINE = /^[ \t>]*On[ \t]([^\n]{4,200})[ \t]wrote:[ \t]*$/i;
const HEADER_LINE = /^[ \t>]*(?:Sent|Date|To|Cc|Subject|Gesendet|Datum|An|Betreff|Envoyé|Objet|À):/i;
const DATE_LINE = /^[ \t>]*(?:Sent|Date|Gesendet|Datum|Envoyé):[ \t]*([^\n]{4,80})$/i;
const SEPARATOR = /^[ \t>]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message)[ \t]*-{2,}|_{10,}|Begin forwarded message:)[ \t]*$/i;
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?){1,10}/;

/** The instant a header's date names ("Thu, Dec 3, 2026 at 2:15 PM"), in `offset` ("-05:00"), or null. */
function headerInstant(value: string, offset: string): string | null {
  const result = monthFirst.parse(value.slice(0, 120))[0]?.start;
  if (!result?.isCertain('year') || !result.isCertain('month') || !result.isCertain('day')) return null;
  const pad = (n: number | null, width = 2) => String(n ?? 0).padStart(width, '0');
  const [hour, minute] = result.isCertain('hour') ? [result.get('hour'), result.get('minute')] : [12, 0];
  const iso = `${pad(result.get('year'), 4)}-${pad(result.get('month'))}-${pad(result.get('day'))}T${pad(hour)}:${pad(minute)}:00${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

const buildPatterns = builtOnFirstUse(() => [FROM_LINE, WROTE_LINE, HEADER_LINE, DATE_LINE, SEPARATOR, QUOTE_MARKS]);

/**
 * The messages `forwarded` holds, oldest first; `sentAt` is the forwarding message's own time. With
 * `olderThan` (ms), only the oldest ones sent before it: their header dates are read from the oldest on,
 * so a history of the thread's own messages costs one date read.
 */
export function quotedMessages(forwarded: string, sentAt: string, olderThan?: number): QuotedMessage[] {
  buildPatterns();
  const offset = /(?:[+-]\d{2}:\d{2}|Z)$/.exec(sentAt)?.[0] ?? 'Z';
  const found: { from: string; date: string; lines: string[] }[] = [];
  let current: { from: string; date: string; lines: string[] } | null = null;
  let inHeader = false;
  for (const line of forwarded.slice(0, MAX_MESSAGE_CHARS).split('\n')) {
    const wrote = WROTE_LINE.exec(line);
    const from = wrote ? null : FROM_LINE.exec(line);
    if ((wrote || from) && found.length < MAX_QUOTED_MESSAGES) {
      current = { from: (wrote?.[1] ?? from?.[1] ?? '').toLowerCase(), date: wrote?.[1] ?? '', lines: [] };
      found.push(current);
      inHeader = from !== null;
      continue;
    }
    if (inHeader && HEADER_LINE.test(line)) {
      const date = DATE_LINE.exec(line);
      if (date && current) current.date = date[1] ?? '';
      continue;
    }
    inHeader = false;
    if (current && !SEPARATOR.test(line)) current.lines.push(line.replace(QUOTE_MARKS, ''));
  }
  const messages: QuotedMessage[] = [];
  for (const m of found.reverse()) {
    const text = m.lines.join('\n').trim();
    const at = m.date ? headerInstant(m.date, offset) : null;
    if (olderThan !== undefined && !(at !== null && Date.parse(at) < olderThan)) break;
    if (text !== '') messages.push({ from: m.from, sentAt: at, text });
  }
  return messages;
}
