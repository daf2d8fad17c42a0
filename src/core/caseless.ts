// Case-insensitive patterns that are cheap to build. V8 builds a pattern on its first use, and a
// case-insensitive one costs it two to three times as much: every letter becomes a class of two, for
// long alternations of phrases that was most of a fresh worker's first analysis. The same pattern in
// lower case, without the i flag, reads text whose ASCII capitals were lowered instead: the same
// matches at the same places, as long as the pattern names no letter outside ASCII (withoutIgnoreCase
// keeps the i flag of any pattern it cannot prove that of).

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

/** A class range that holds letters of one case only, or no letter: the i flag adds to it the other case, or nothing. */
function isOneCaseRange(from: string, to: string): boolean {
  const overlaps = (lo: string, hi: string) => from <= hi && to >= lo;
  return (from >= 'A' && to <= 'Z') || (from >= 'a' && to <= 'z') || (!overlaps('A', 'Z') && !overlaps('a', 'z'));
}

/** A named group's opening, whose name keeps its case. */
const GROUP_NAME = /\(\?<[A-Za-z_$][\w$]*>/y;

const lowerLetter = (char: string) => (char >= 'A' && char <= 'Z' ? char.toLowerCase() : char);

/**
 * `source` with its letters lowered, which without the i flag reads lowered text as `source` with it
 * reads the text; null when that cannot be shown: a letter outside ASCII, an escape that names a
 * character by code or a group by name, or a class range that holds only part of a case's letters.
 */
function lowerCaseSource(source: string): string | null {
  let out = '';
  let inClass = false;
  let previous: string | null = null; // the class's last single character, a possible range start
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (!isCaseless(char)) return null;
    if (char === '\\') {
      const escape = source.slice(i, i + 2);
      if (!NEUTRAL_ESCAPE.test(escape) || !isCaseless(escape.slice(1))) return null;
      out += escape;
      i++;
      previous = inClass && /^\\[^A-Za-z0-9]$/.test(escape) ? escape.slice(1) : null;
      continue;
    }
    if (!inClass) {
      GROUP_NAME.lastIndex = i;
      const groupName = char === '(' ? GROUP_NAME.exec(source) : null;
      if (groupName) {
        out += groupName[0];
        i += groupName[0].length - 1;
        continue;
      }
      if (char === '[') {
        inClass = true;
        previous = null;
        if (source[i + 1] === '^') {
          out += '[^';
          i++;
          continue;
        }
      }
      out += lowerLetter(char);
      continue;
    }
    if (char === ']') inClass = false;
    else if (char === '-' && previous !== null && i + 1 < source.length && source[i + 1] !== ']') {
      const next = source[i + 1] === '\\' ? source.slice(i + 1, i + 3) : (source[i + 1] as string);
      if (next.length === 2 && !/^\\[^A-Za-z0-9]$/.test(next)) return null;
      const to = next.slice(-1);
      if (!isOneCaseRange(previous, to)) return null;
      // The range's start was lowered already; a range of capitals ends lowered too.
      out += `-${next.length === 1 ? lowerLetter(to) : next}`;
      i += next.length;
      previous = null;
      continue;
    }
    out += lowerLetter(char);
    previous = char;
  }
  return out;
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
 * `pattern` (case-insensitive) as a pattern that reads lowerAscii(text) the same way: its letters
 * lowered and without the i flag when its source allows, else unchanged (an i pattern reads lowered
 * text the same too). Not built yet.
 */
export function withoutIgnoreCase(pattern: RegExp): RegExp {
  if (!pattern.flags.includes('i') || /[uv]/.test(pattern.flags)) return pattern;
  const lowered = lowerCaseSource(pattern.source);
  return lowered === null ? pattern : new RegExp(lowered, pattern.flags.replace('i', ''));
}

/** withoutIgnoreCase(pattern), built now as native code. */
export const caseless = (pattern: RegExp): RegExp => builtNow(withoutIgnoreCase(pattern));
