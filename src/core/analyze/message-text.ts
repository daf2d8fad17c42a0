// What a message itself says: its new text without quoted earlier replies, and its signature apart.

const QUOTE_HEADERS = [
  /^\s*On .{4,200}wrote:\s*$/m, // Gmail, Apple Mail
  /^\s*On .{4,120}\n.{0,120}wrote:\s*$/m, // the same header wrapped over two lines
  /^\s*-{2,}\s*Original Message\s*-{2,}/im, // Outlook desktop
  /^\s*_{10,}\s*$/m, // Outlook web's rule above the quoted header
  /^\s*From:\s.+\n\s*(?:Sent|Date):\s.+/m, // Outlook's quoted header block
  /^\s*Le .{4,200} a écrit\s*:\s*$/m,
  /^\s*Am .{4,200} schrieb .{0,120}:\s*$/m,
];

const FORWARD_HEADER = /^\s*(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:)\s*$/im;

const SIGNATURE_START = /^(?:--\s*|—\s*|Best|Best regards|Kind regards|Warm regards|Regards|Many thanks|Thanks|Thank you|Thanks again|Cheers|Sincerely|All the best|Talk soon|Looking forward|Warmly|Respectfully)[,!.]?\s*$/im;

export interface MessageParts {
  /** What this message adds: no quoted replies, no signature. */
  body: string;
  /** The signature block, when one was found. */
  signature: string;
  /** Text of a forwarded message inside this one. */
  forwarded: string;
}

function firstIndex(text: string, patterns: RegExp[]): number {
  let cut = text.length;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && match.index < cut) cut = match.index;
  }
  return cut;
}

const NAME_LINE = /^[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,2}(?:,\s*[A-Z]{2,5}\.?)?$/u;

/** A last paragraph of a few lines that starts with a bare name ("Kevin Doyle\nOperations Manager") is a signature. */
function nameBlockStart(text: string): number | null {
  const trimmed = text.trimEnd();
  const at = trimmed.lastIndexOf('\n\n');
  if (at < 0) return null;
  const lines = trimmed.slice(at + 2).split('\n');
  if (lines.length > 6 || !NAME_LINE.test(lines[0]?.trim() ?? '')) return null;
  return at + 2;
}

export function splitMessage(raw: string): MessageParts {
  const text = raw.replace(/\r\n?/g, '\n').slice(0, 200_000);
  const forwardAt = FORWARD_HEADER.exec(text);
  const own = forwardAt ? text.slice(0, forwardAt.index) : text;
  const forwarded = forwardAt ? text.slice(forwardAt.index + forwardAt[0].length) : '';
  const unquoted = own
    .slice(0, firstIndex(own, QUOTE_HEADERS))
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
  const signatureAt = SIGNATURE_START.exec(unquoted);
  // A sign-off only starts the signature in the last part of the message.
  const cut = signatureAt && signatureAt.index > unquoted.length * 0.3 ? signatureAt.index : nameBlockStart(unquoted);
  if (cut !== null) return { body: unquoted.slice(0, cut).trim(), signature: unquoted.slice(cut).trim(), forwarded: forwarded.trim() };
  return { body: unquoted.trim(), signature: '', forwarded: forwarded.trim() };
}
