// What a message itself says: its new text without quoted earlier replies, and its signature apart.
import { capLines, MAX_MESSAGE_CHARS } from '../bounded-text';
import { builtOnFirstUse } from '../caseless';
import { oneByte } from '../one-byte';

/** The words a quote header names its sender with, in the languages Outlook writes it in: "From:", "Von:"… */
export const SENDER_HEADER = String.raw`(?:From|Von|De|Da|Van)`;

// Blanks inside a line are [ \t], never \s: a \s* at a line start would read on through every
// following empty line, from every line start, which is quadratic in the number of lines.
// Each with what every match of it holds, found cheaply: most mail holds none, and the patterns try every line start.
const QUOTE_HEADERS: { pattern: RegExp; holds: string }[] = [
  // Gmail, Apple Mail; a client that quotes the header too marks it as the rest ("> On Mon, 27 Apr 2026, … wrote:").
  { pattern: /^[ \t]*(?:>[ \t]?){0,4}On .{4,200}wrote:[ \t]*$/m, holds: 'wrote:' },
  { pattern: /^[ \t]*(?:>[ \t]?){0,4}On .{4,120}\n.{0,120}wrote:[ \t]*$/m, holds: 'wrote:' }, // the same header wrapped over two lines
  {
    pattern: /^[ \t]*-{2,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht)[ \t]*-{2,}/im,
    holds: '--',
  }, // Outlook desktop
  { pattern: /^[ \t]*_{10,}[ \t]*$/m, holds: '__________' }, // Outlook web's rule above the quoted header
  {
    pattern: new RegExp(String.raw`^[ \t]*${SENDER_HEADER}:[ \t].+\n[ \t]*(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Inviato|Verzonden):[ \t].+`, 'm'),
    holds: ':',
  }, // Outlook's quoted header block
  { pattern: /^[ \t]*Le .{4,200} a écrit[ \t]*:[ \t]*$/m, holds: ' a écrit' },
  { pattern: /^[ \t]*Am .{4,200} schrieb .{0,120}:[ \t]*$/m, holds: ' schrieb ' },
];

const FORWARD_HEADER = /^[ \t]*(?:-{2,}[ \t]*Forwarded message[ \t]*-{2,}|Begin forwarded message:)[ \t]*$/im;
const HOLDS_FORWARD_HEADER = /forwarded message/i;

const SIGNATURE_START = oneByte(/^(?:--|—|Best|Best regards|Kind regards|Warm regards|Regards|Many thanks|Thanks|Thank you|Thanks again|Cheers|Sincerely|All the best|Talk soon|Looking forward|Warmly|Respectfully)[,!.]?[ \t]*$/im);

export interface MessageParts {
  /** What this message adds: no quoted replies, no signature. */
  body: string;
  /** The signature block, when one was found. */
  signature: string;
  /** Text of a forwarded message inside this one. */
  forwarded: string;
  /** The quoted history below this message's own text, without the header line that opens it. */
  quoted: string;
  /** That header line or block ("From: …" / "Sent: …"), for mail that turns out forwarded rather than quoted. */
  quoteHeader: string;
}

/** Where the earliest of `patterns` starts in `text`, and where that match ends. */
function firstMatch(text: string, patterns: { pattern: RegExp; holds: string }[]): { start: number; end: number } {
  let found = { start: text.length, end: text.length };
  for (const { pattern, holds } of patterns) {
    const match = text.includes(holds) ? pattern.exec(text) : null;
    if (match && match.index < found.start) found = { start: match.index, end: match.index + match[0].length };
  }
  return found;
}

const NAME_LINE = oneByte(/^[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,2}(?:,\s*[A-Z]{2,5}\.?)?$/u);

/** A last paragraph of a few lines that starts with a bare name ("Kevin Doyle\nOperations Manager") is a signature. */
function nameBlockStart(text: string): number | null {
  const trimmed = text.trimEnd();
  const at = trimmed.lastIndexOf('\n\n');
  if (at < 0) return null;
  const lines = trimmed.slice(at + 2).split('\n');
  if (lines.length > 6 || !NAME_LINE.test(lines[0]?.trim() ?? '')) return null;
  return at + 2;
}

const buildPatterns = builtOnFirstUse(() => [...QUOTE_HEADERS.map((header) => header.pattern), FORWARD_HEADER, SIGNATURE_START, NAME_LINE]);

export function splitMessage(raw: string): MessageParts {
  buildPatterns();
  const text = capLines(raw.slice(0, MAX_MESSAGE_CHARS).replace(/\r\n?/g, '\n'));
  const forwardAt = HOLDS_FORWARD_HEADER.test(text) ? FORWARD_HEADER.exec(text) : null;
  const own = forwardAt ? text.slice(0, forwardAt.index) : text;
  const forwarded = forwardAt ? text.slice(forwardAt.index + forwardAt[0].length) : '';
  const quote = firstMatch(own, QUOTE_HEADERS);
  const quoted = own.slice(quote.end).trim();
  const quoteHeader = own.slice(quote.start, quote.end).trim();
  const unquoted = own
    .slice(0, quote.start)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
  const signatureAt = SIGNATURE_START.exec(unquoted);
  // A sign-off only starts the signature in the last part of the message.
  const cut = signatureAt && signatureAt.index > unquoted.length * 0.3 ? signatureAt.index : nameBlockStart(unquoted);
  if (cut !== null) return { body: unquoted.slice(0, cut).trim(), signature: unquoted.slice(cut).trim(), forwarded: forwarded.trim(), quoted, quoteHeader };
  return { body: unquoted.trim(), signature: '', forwarded: forwarded.trim(), quoted, quoteHeader };
}
