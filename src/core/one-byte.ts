// V8 stores a string whose characters all fit in one byte (Latin-1) one byte each, and builds every
// pattern once for such strings and again for two-byte ones. Mail's dashes, curly quotes, ellipsis and
// bullets are what usually make its text two-byte, and with it every pattern built twice on a fresh
// worker's first thread (about a third of that call). The engine reads them as one-byte twins instead: their Windows-1252
// places, control characters mail does not hold (any it does hold are dropped on the way in). Patterns
// and literals that name those characters are written with them and passed through oneByte, and what
// the engine gives back is mapped back with fromOneByte.

const TWINS: Readonly<Record<string, string>> = {
  '–': '\x96',
  '—': '\x97',
  '‘': '\x91',
  '’': '\x92',
  '“': '\x93',
  '”': '\x94',
  '…': '\x85',
  '•': '\x95',
};
const ORIGINALS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TWINS).map(([original, twin]) => [twin, original]));

const TYPOGRAPHIC = /[–—‘’“”…•]/g;
const HOLDS_TYPOGRAPHIC = /[–—‘’“”…•]/;
const TWIN = /[\x85\x91-\x97]/g;
// The C1 controls, where the twins live.
const C1_CONTROL = /[\x80-\x9f]/g;
const HOLDS_C1_CONTROL = /[\x80-\x9f]/;

const twinned = (text: string) => text.replace(TYPOGRAPHIC, (char) => TWINS[char] ?? char);

// A pattern written inside a function is made again at each call: its twin is made once.
const twinPatterns = new Map<string, RegExp>();

function twinPattern(pattern: RegExp): RegExp {
  const key = `${pattern.flags}/${pattern.source}`;
  let twin = twinPatterns.get(key);
  if (!twin) {
    twin = new RegExp(twinned(pattern.source), pattern.flags);
    twinPatterns.set(key, twin);
  }
  // A global or sticky pattern keeps where it stopped: each use gets its own.
  return pattern.global || pattern.sticky ? new RegExp(twin) : twin;
}

/** A literal or pattern that names a typographic character, as one naming its twin. */
export function oneByte(text: string): string;
export function oneByte(pattern: RegExp): RegExp;
export function oneByte(literal: string | RegExp): string | RegExp {
  return typeof literal === 'string' ? twinned(literal) : twinPattern(literal);
}

const TWIN_CODES = new Map(Object.entries(TWINS).map(([original, twin]) => [original.charCodeAt(0), twin.charCodeAt(0)]));
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Mail text as the engine reads it: its typographic characters as their twins, any C1 control dropped.
 * String.replace would keep the text two-byte: a text that fits in one byte is decoded afresh.
 */
export function mailAsOneByte(text: string): string {
  const holdsControls = HOLDS_C1_CONTROL.test(text);
  if (!holdsControls && !HOLDS_TYPOGRAPHIC.test(text)) return text;
  const plain = holdsControls ? text.replace(C1_CONTROL, '') : text;
  const units = new Uint16Array(plain.length);
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    // Every typographic character is past Latin-1: a character within it is its own twin.
    const unit = code <= 0xff ? code : (TWIN_CODES.get(code) ?? code);
    if (unit > 0xff) return twinned(plain);
    units[i] = unit;
  }
  return UTF16.decode(units);
}

/** Text the engine gives back, its twins the typographic characters they stand for. */
export function fromOneByte(text: string): string {
  return text.replace(TWIN, (char) => ORIGINALS[char] ?? char);
}

/** `value` with `map` applied to every string in it, through arrays and plain objects; what it leaves unchanged is the same object. */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => mapStrings(item, map));
    return items.every((item, i) => item === value[i]) ? value : (items as T);
  }
  const entries = Object.entries(value);
  const mapped = entries.map(([key, item]) => [key, mapStrings(item, map)] as const);
  return mapped.every(([, item], i) => item === entries[i]?.[1]) ? value : (Object.fromEntries(mapped) as T);
}
