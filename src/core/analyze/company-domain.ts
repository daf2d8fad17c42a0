
import { oneByte } from '../one-byte';
import { keptAnswers } from './kept';// Whether a sender's domain abbreviates a name the mail writes: "frontrangefreight" is "Front Range
// Freightways", "tnedc" is "Tamil Nadu e-Governance Development Cell", "hfw-foerderbank" is "Hessische
// Förderbank für Wohnungsbau". The domain is read as prefixes of the name's words, in order, some skipped.

/** How domains shorten the words that say what a company is, other than by their first letters: "halcyontx" for "Halcyon Therapeutics". */
const DOMAIN_SHORT_FORMS = new Map([
  ['therapeutics', 'tx'],
  ['manufacturing', 'mfg'],
  ['international', 'intl'],
  ['group', 'grp'],
  ['services', 'svcs'],
  ['management', 'mgmt'],
]);

/** A word's spellings in a domain: without accents, German umlauts as two letters, and a short form domains use for it. */
const spellings = keptAnswers((word: string): string[] => {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const german = word.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]/g, '');
  const short = DOMAIN_SHORT_FORMS.get(plain);
  return [...new Set([plain, german, ...(short ? [short] : [])])];
});

/** The words of a name as a domain would take them apart: "Rheinland-Süd" is two, and "&" is spelt out ("kopiandkin" for "Kopi & Kin"). */
const wordsOf = keptAnswers((name: string): string[][] =>
  name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => (word === '&' ? ['and'] : spellings(word)))
    .filter((s) => s[0] !== ''),
);

/**
 * True when `key` (a domain label, hyphens dropped) is prefixes of `name`'s words in order, starting with
 * its first word and ending with its last, words between them skipped at will.
 */
export function domainAbbreviates(key: string, name: string): boolean {
  const words = wordsOf(name);
  if (words.length === 0 || key.length < 3) return false;
  const last = words.length - 1;
  // reach[j] holds the key positions reachable having used word j last.
  const seen = new Set<string>();
  const walk = (at: number, word: number): boolean => {
    const state = `${at}:${word}`;
    if (seen.has(state)) return false;
    seen.add(state);
    for (const spelling of words[word] ?? []) {
      for (let length = Math.min(spelling.length, key.length - at); length >= 1; length--) {
        if (key.slice(at, at + length) !== spelling.slice(0, length)) continue;
        const next = at + length;
        if (next === key.length) {
          if (word === last) return true;
          continue;
        }
        for (let following = word + 1; following <= last; following++) if (walk(next, following)) return true;
      }
    }
    return false;
  };
  return walk(0, 0);
}

/** Where a letterhead or signature line's parts meet: "talent acquisition | prairie lantern seed co.", "founder, second spoke". */
const SEGMENT_BREAK = oneByte(/[ \t]+[|·•–—-][ \t]+|,[ \t]+|[ \t]+\([^()\n]{0,40}\)/);
/** Words a name never runs on with: a legal form, a verb or a joining word of prose. */
const NAME_STOP = /^(?:inc|llc|llp|pllc|ltd|limited|gmbh|ggmbh|ag|plc|pty|pte|pvt|private|co|corp|is|are|was|were|has|have|had|will|would|team|or|to|in|for|on|at|with|who|which|here|hr|talent|recruiting|recruitment|careers)\.?$/i;
/** Words written small inside a name, whatever the mail's case: "Sol de Occidente", "Bank of Baroda". */
const SMALL_WORD = /^(?:of|the|and|for|de|del|la|le|du|di|da|van|von|der|für|y)$/i;
const WORD = oneByte(/^(?:[\p{L}][\p{L}'’.-]{0,30}|&)$/u);
const TRAILING_PUNCTUATION = oneByte(/["”'’.,;:!]+$/);

/** A name written all in small letters, written as names are: "second spoke" → "Second Spoke". */
export const capitalised = (words: string[]): string =>
  words.map((w, i) => (i > 0 && SMALL_WORD.test(w) ? w.toLowerCase() : (w[0] ?? '').toUpperCase() + w.slice(1))).join(' ');

/**
 * The name a line's part starts with, when the domain abbreviates its first words: "nyaya setu legal aid
 * trust · andheri (e), mumbai" for "nyayasetu" is "Nyaya Setu Legal Aid Trust". The part runs on past the
 * domain's words to its end, but not past a legal form, a preposition or a verb; all-small mail is
 * written with capitals.
 */
function segmentName(key: string, segment: string): string | null {
  const words = segment.trim().replace(TRAILING_PUNCTUATION, '').split(/[ \t]+/).slice(0, 8);
  const first = spellings(words[0] ?? '')[0] ?? '';
  if (!first || first[0] !== key[0] || NAME_STOP.test(words[0] ?? '')) return null;
  let end = 0;
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    if (words.slice(0, n).every((w) => WORD.test(w)) && domainAbbreviates(key, words.slice(0, n).join(' '))) {
      end = n;
      break;
    }
  }
  if (end === 0) return null;
  while (end < words.length && WORD.test(words[end] ?? '') && !NAME_STOP.test(words[end] ?? '')) end++;
  // "prairie root feed & seed ltd": a joining word does not end it, but cannot end it either.
  while (end > 0 && /^(?:&|and|of|the)$/i.test(words[end - 1] ?? '')) end--;
  const name = words.slice(0, end);
  const written = name.join(' ');
  return /\p{Lu}/u.test(written) ? written : capitalised(name);
}

/** The name a domain abbreviates at the start of a line's part, most often written first: what letterheads and signatures write, in any case. */
export function domainNameInLines(key: string, lines: string[]): string | null {
  const counts = new Map<string, number>();
  for (const raw of lines) {
    const line = raw.replace(/^[>\s]+/, '');
    if (line.length > 160 || line.length < 3) continue;
    for (const segment of line.split(SEGMENT_BREAK).slice(0, 6)) {
      const name = segmentName(key, segment);
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
