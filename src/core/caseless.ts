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

const lowerLetter = (char: string) => (char >= 'A' && char <= 'Z' ? char.toLowerCase() : char);

const CONTROL_ESCAPES: Record<string, string> = { b: '\b', n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

/** The one character a class atom stands for ("a", "\\.", "\\n"), or null for a class escape such as \\w. */
function characterOf(atom: string): string | null {
  if (atom.length === 1) return atom;
  const escaped = atom[1] as string;
  return /[A-Za-z0-9]/.test(escaped) ? (CONTROL_ESCAPES[escaped] ?? null) : escaped;
}

/** A character class (`[...]`) with its letters lowered, or null when its ranges forbid it. */
function lowerClass(pattern: string): string | null {
  const negated = pattern[1] === '^';
  const atoms = pattern.slice(negated ? 2 : 1, -1).match(/\\[\s\S]|[\s\S]/g) ?? [];
  let out = negated ? '[^' : '[';
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i] as string;
    if (atom.length === 2 && !NEUTRAL_ESCAPE.test(atom)) return null;
    const [from, to] = [characterOf(atom), atoms[i + 2] === undefined ? null : characterOf(atoms[i + 2] as string)];
    if (atoms[i + 1] === '-' && from !== null && to !== null) {
      if (!isOneCaseRange(from, to)) return null;
      const end = atoms[i + 2] as string;
      out += `${atom.length === 1 ? lowerLetter(atom) : atom}-${end.length === 1 ? lowerLetter(end) : end}`;
      i += 2;
    } else out += atom.length === 1 ? lowerLetter(atom) : atom;
  }
  return `${out}]`;
}

/** What lowering a source must look at: escapes, classes, named groups' openings (whose names keep their case), capitals. */
const SOURCE_TOKEN = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\(\?<[A-Za-z_$][\w$]*>|[A-Z]/g;

/**
 * `source` with its letters lowered, which without the i flag reads lowered text as `source` with it
 * reads the text; null when that cannot be shown: a letter outside ASCII, an escape that names a
 * character by code or a group by name, or a class range that holds only part of a case's letters.
 */
function lowerCaseSource(source: string): string | null {
  // eslint-disable-next-line no-control-regex -- the characters outside ASCII
  if (!(source.match(/[^\x00-\x7f]/g) ?? []).every(isCaseless)) return null;
  let lowerable = true;
  const lowered = source.replace(SOURCE_TOKEN, (token) => {
    if (token[0] === '\\') {
      lowerable &&= NEUTRAL_ESCAPE.test(token);
      return token;
    }
    if (token[0] === '[') {
      const lowerClassed = lowerClass(token);
      lowerable &&= lowerClassed !== null;
      return lowerClassed ?? token;
    }
    return token[0] === '(' ? token : token.toLowerCase();
  });
  return lowerable ? lowered : null;
}

// V8 runs a pattern's first match in its bytecode interpreter, whose bytecode costs more to build than
// native code does for these long alternations, and compiles native code on the second match; a first
// match on a subject of 1000 characters or more goes to native code at once. Its words are one letter
// long: a run of blanks would cost patterns that open with \s+ a backtracking scan of it (~25 ms in all).
const LONG_SUBJECT = 'x '.repeat(500);

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

/** A case-insensitive pattern that is only ever tested, and the pattern the test runs (for builtOnFirstUse). */
export interface CaselessTest {
  test(text: string): boolean;
  readonly pattern: RegExp;
}

// A reader tests one text against several patterns in turn: it is lowered once.
let lastText = '';
let lastLowered = '';

function loweredOnce(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLowered = lowerAscii(text);
  }
  return lastLowered;
}

/**
 * `pattern` (case-insensitive, neither global nor sticky) as a test that runs withoutIgnoreCase(pattern) on
 * lowerAscii(text): the same answer, from a pattern that costs V8 half as much to build. The lowered pattern
 * is made on first use, so that loading the engine does not pay for it.
 */
export function caselessTest(pattern: RegExp): CaselessTest {
  let cheap: RegExp | undefined;
  const cheapPattern = () => (cheap ??= withoutIgnoreCase(pattern));
  return {
    get pattern() {
      return cheapPattern();
    },
    test: (text) => {
      const run = cheapPattern();
      return run === pattern ? pattern.test(text) : run.test(loweredOnce(text));
    },
  };
}

// The engine's modules make their caseless patterns as they load. Built then, they cost a fresh service
// worker their native code at every start, even one that answers from the analysis it kept and never
// reads mail; so they are built natively when the first analysis asks for them (buildPending), and a
// pattern made after that is built at once.
const pending: RegExp[] = [];
let analysing = false;

/** withoutIgnoreCase(pattern), built as native code now, or at the first analysis if none has run yet. */
export function caseless(pattern: RegExp): RegExp {
  const cheap = withoutIgnoreCase(pattern);
  if (analysing) return builtNow(cheap);
  pending.push(cheap);
  return cheap;
}

/**
 * A reader's patterns, built as native code the first time the returned function is called: V8 would
 * interpret each on its first match and build it again on its second, which a fresh worker's first
 * thread pays for every pattern it reads more than once. A worker that never calls the reader builds none.
 */
export function builtOnFirstUse(patterns: () => RegExp[]): () => void {
  let built = false;
  return () => {
    if (built) return;
    built = true;
    for (const pattern of patterns()) builtNow(pattern);
  };
}

/** Builds, as native code, every caseless pattern made before the first analysis; cheap once done. */
export function buildPending(): void {
  analysing = true;
  for (const pattern of pending.splice(0)) builtNow(pattern);
}
