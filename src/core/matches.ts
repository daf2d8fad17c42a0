// Every match of a global pattern, as String.matchAll gives them, without its cost: matchAll makes a new
// pattern object at each call (the spec's copy of the pattern), which for a reader's long patterns cost
// several times what running them does on a short sentence.

/** The matches of `pattern` (global) in `text`, in order; `pattern` is left where it started, at 0. */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf needs a global pattern');
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    matches.push(m);
    // An empty match moves on by one character, as matchAll does (a whole code point for a unicode pattern).
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, /[uv]/.test(pattern.flags));
  }
  return matches;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  const code = text.codePointAt(at);
  return at + (unicode && code !== undefined && code > 0xffff ? 2 : 1);
}
