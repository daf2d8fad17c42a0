// Case-insensitive patterns that are cheap to build. V8 builds a pattern on its first use, and a
// case-insensitive one costs it two to three times as much: every letter becomes a class of two, for
// long alternations of phrases that was most of a fresh worker's first analysis. A pattern written in
// lower case, without the i flag, reads text whose ASCII capitals were lowered instead: the same
// matches at the same places, as long as the pattern names no capital and no letter outside ASCII
// (caseless() keeps the i flag of any pattern it cannot prove that of).

/** `text` with A–Z lowered and every other character kept, so indices into it are indices into `text`. */
export function lowerAscii(text: string): string {
  // eslint-disable-next-line no-control-regex -- the test is for anything outside ASCII
  return /[^\x00-\x7f]/.test(text) ? text.replace(/[A-Z]+/g, (capitals) => capitals.toLowerCase()) : text.toLowerCase();
}

// Escapes that stand for no letter of their own: classes (\w, \s, \d and their negations), word
// boundaries, control characters, and any escaped punctuation.
const NEUTRAL_ESCAPE = /^\\(?:[bBwWsSdDntrfv]|[^A-Za-z0-9])$/;

/** A character no case mapping touches: ASCII, or punctuation and symbols such as ’ and —. */
const isCaseless = (char: string) => char.charCodeAt(0) <= 0x7f || (!/\p{L}/u.test(char) && char.toLowerCase() === char && char.toUpperCase() === char);

/** Whether a class range from `from` to `to` holds some but not all of one case's letters' partners. */
function rangeSplitsCase(from: string, to: string): boolean {
  const overlaps = (lo: string, hi: string) => from <= hi && to >= lo;
  const within = (lo: string, hi: string) => from >= lo && to <= hi;
  return (overlaps('A', 'Z') || overlaps('a', 'z')) && !within('a', 'z');
}

/** Whether `source` reads the same with or without the i flag on text lowered by lowerAscii. */
function isLowerCaseSafe(source: string): boolean {
  let inClass = false;
  let previous: string | null = null; // the class's last single-character atom, a possible range start
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if ((char >= 'A' && char <= 'Z') || !isCaseless(char)) return false;
    if (char === '\\') {
      const escape = source.slice(i, i + 2);
      if (!NEUTRAL_ESCAPE.test(escape)) return false;
      i++;
      previous = inClass && /^\\[^A-Za-z0-9]$/.test(escape) ? escape.slice(1) : null;
      continue;
    }
    if (!inClass) {
      if (char === '[') {
        inClass = true;
        previous = null;
        if (source[i + 1] === '^') i++;
      }
      continue;
    }
    if (char === ']') {
      inClass = false;
      continue;
    }
    if (char === '-' && previous !== null && i + 1 < source.length && source[i + 1] !== ']') {
      const next = source[i + 1] === '\\' ? source.slice(i + 1, i + 3) : (source[i + 1] as string);
      const to = next.length === 2 ? next.slice(1) : next;
      if (next.length === 2 && !/^\\[^A-Za-z0-9]$/.test(next)) return false;
      if (rangeSplitsCase(previous, to)) return false;
      i += next.length;
      previous = null;
      continue;
    }
    previous = char;
  }
  return true;
}

// V8 runs a pattern's first match in its bytecode interpreter, whose bytecode costs more to build than
// native code does for these long alternations, and compiles native code on the second match; a first
// match on a subject of 1000 characters or more goes to native code at once.
const LONG_SUBJECT = ' '.repeat(1000);

/** `pattern`, built now, once, as native code. */
export function builtNow(pattern: RegExp): RegExp {
  pattern.test(LONG_SUBJECT);
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * `pattern` (case-insensitive) as a pattern that reads lowerAscii(text) the same way: without the i
 * flag when its source allows, else unchanged (an i pattern reads lowered text the same too).
 */
export function caseless(pattern: RegExp): RegExp {
  const flags = pattern.flags;
  if (!flags.includes('i') || flags.includes('u') || flags.includes('v') || !isLowerCaseSafe(pattern.source)) return builtNow(pattern);
  return builtNow(new RegExp(pattern.source, flags.replace('i', '')));
}
