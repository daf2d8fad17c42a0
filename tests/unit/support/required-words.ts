// Whether every match of a pattern holds one of a list of words, shown from the pattern's source: the proof
// behind the act rules' word gates (src/core/analyze/acts.ts). Sound, not complete: it knows literals,
// small classes, groups, alternatives, quantifiers and zero-width assertions, and reads anything else
// (\w, a wide class, a back-reference) as text it cannot name.

/** A pattern's syntax, as far as the proof needs it. */
export type PatternNode =
  | { kind: 'strings'; strings: string[] } // matches exactly these strings ("" for an assertion)
  | { kind: 'unknown' } // matches text the proof cannot name
  | { kind: 'alternatives'; options: PatternNode[] }
  | { kind: 'sequence'; items: PatternNode[] }
  | { kind: 'repeat'; item: PatternNode; min: number; max: number };

/** Beyond this many strings a node's exact strings are not enumerated. */
const MAX_STRINGS = 64;
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): PatternNode {
    const node = this.alternatives();
    if (this.at < this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return node;
  }

  private alternatives(): PatternNode {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as PatternNode) : { kind: 'alternatives', options };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'sequence', items };
  }

  private atom(): PatternNode {
    const char = this.source[this.at++] as string;
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    if (char === '^' || char === '$') return { kind: 'strings', strings: [''] };
    if (char === '.') return { kind: 'unknown' };
    return { kind: 'strings', strings: [char] };
  }

  private group(): PatternNode {
    const lookaround = /^\?<?[=!]/.exec(this.source.slice(this.at));
    const named = /^\?<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.at));
    const opening = lookaround?.[0] ?? named?.[0] ?? (this.source.startsWith('?:', this.at) ? '?:' : '');
    this.at += opening.length;
    const inner = this.alternatives();
    if (this.source[this.at++] !== ')') throw new Error('unclosed group');
    // A lookaround reads text around the match but matches none of it.
    return lookaround ? { kind: 'strings', strings: [''] } : inner;
  }

  private escape(): PatternNode {
    const char = this.source[this.at++] as string;
    if (char === 'b' || char === 'B') return { kind: 'strings', strings: [''] };
    if (CONTROL[char] !== undefined) return { kind: 'strings', strings: [CONTROL[char]] };
    return /[A-Za-z0-9]/.test(char) ? { kind: 'unknown' } : { kind: 'strings', strings: [char] };
  }

  private characterClass(): PatternNode {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const chars: string[] = [];
    let known = !negated;
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error('unclosed class');
      let char = this.source[this.at++] as string;
      if (char === '\\') {
        const escaped = this.source[this.at++] as string;
        if (/[A-Za-z0-9]/.test(escaped) && CONTROL[escaped] === undefined) known = false;
        char = CONTROL[escaped] ?? escaped;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        this.at++;
        let end = this.source[this.at++] as string;
        if (end === '\\') end = this.source[this.at++] as string;
        for (let code = char.charCodeAt(0); code <= end.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
      } else chars.push(char);
    }
    this.at++;
    return known && chars.length <= 8 ? { kind: 'strings', strings: [...new Set(chars)] } : { kind: 'unknown' };
  }

  private quantified(item: PatternNode): PatternNode {
    const quantifier = /^(?:\*|\+|\?|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.source.slice(this.at));
    if (!quantifier) return item;
    this.at += quantifier[0].length;
    const [min, max] =
      quantifier[0][0] === '*' ? [0, Infinity] : quantifier[0][0] === '+' ? [1, Infinity] : quantifier[0][0] === '?' ? [0, 1] : [Number(quantifier[1]), quantifier[2] ? (quantifier[3] ? Number(quantifier[3]) : Infinity) : Number(quantifier[1])];
    return { kind: 'repeat', item, min, max };
  }
}

export const parsePattern = (source: string): PatternNode => new Parser(source).parse();

/** Every string of one set followed by every string of the other, or null past MAX_STRINGS. */
function product(left: string[] | null, right: string[] | null): string[] | null {
  if (!left || !right || left.length * right.length > MAX_STRINGS) return null;
  return [...new Set(left.flatMap((a) => right.map((b) => a + b)))];
}

/** The strings a node matches, when they are few enough to list. */
export function exactStrings(node: PatternNode): string[] | null {
  switch (node.kind) {
    case 'strings':
      return node.strings;
    case 'unknown':
      return null;
    case 'alternatives': {
      const all = node.options.map(exactStrings);
      const union = all.every((strings) => strings !== null) ? [...new Set(all.flat() as string[])] : null;
      return union && union.length <= MAX_STRINGS ? union : null;
    }
    case 'sequence':
      return node.items.reduce<string[] | null>((strings, item) => product(strings, exactStrings(item)), ['']);
    case 'repeat': {
      if (node.max > 2) return null;
      const once = exactStrings(node.item);
      const times = [[''], once, product(once, once)].slice(node.min, node.max + 1);
      return times.every((strings) => strings !== null) ? [...new Set(times.flat() as string[])] : null;
    }
  }
}

const holdsAWord = (strings: string[] | null, words: readonly string[]) => strings !== null && strings.every((text) => words.some((word) => text.includes(word)));

/** Whether every string the node matches holds one of `words`. */
function covered(node: PatternNode, words: readonly string[]): boolean {
  if (holdsAWord(exactStrings(node), words)) return true;
  switch (node.kind) {
    case 'alternatives':
      return node.options.every((option) => covered(option, words));
    case 'repeat':
      return node.min >= 1 && covered(node.item, words);
    case 'sequence':
      return node.items.some((item) => covered(item, words)) || exactRuns(node.items).some((strings) => holdsAWord(strings, words));
    default:
      return false;
  }
}

/** The strings of every run of consecutive items whose strings are known: a word may span several items. */
export function exactRuns(items: PatternNode[]): string[][] {
  const runs: string[][] = [];
  for (let start = 0; start < items.length; start++) {
    let strings: string[] | null = [''];
    for (let end = start; end < items.length && strings; end++) {
      strings = product(strings, exactStrings(items[end] as PatternNode));
      if (strings && end > start) runs.push(strings);
    }
  }
  return runs;
}

/** Whether every match of a pattern with this source holds one of `words` (lower-case source, no i flag). */
export function everyMatchHolds(source: string, words: readonly string[]): boolean {
  return covered(parsePattern(source), words);
}
