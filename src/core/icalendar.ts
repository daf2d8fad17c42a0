// The text rules of an iCalendar file (RFC 5545 §3.1 and §3.3.11): TEXT values escaped, content
// lines folded at 75 octets, every line ended by CRLF. Whatever a value holds, it stays one value of
// one property: no line break or control character reaches the file raw.

/** What breaks a line in some reader or other (Python's str.splitlines() takes all of these). */
const LINE_BREAKS = new Set(['\n', '\r', '\v', '\f', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029']);
const TEXT_SPECIALS = new Set(['\\', ';', ',']);

/** RFC 5545's TEXT allows no control character but the tab. */
const isControl = (char: string) => (char < ' ' && char !== '\t') || char === '\u007f';

/** A TEXT property value: backslash, semicolon and comma escaped, every kind of line break as \n, other control characters left out. */
export function escapeText(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n/g, '\n')) {
    if (TEXT_SPECIALS.has(char)) out += `\\${char}`;
    else if (LINE_BREAKS.has(char)) out += '\\n';
    else if (!isControl(char)) out += char;
  }
  return out;
}

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD, three octets). */
function octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

const LINE_OCTETS = 75;

/** Folds a content line so no line exceeds 75 octets (UTF-8), never splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = octets(char);
    const limit = parts.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1; // a continuation line starts with a space
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

/** The file: each content line folded and ended by CRLF. */
export function icalendarText(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
