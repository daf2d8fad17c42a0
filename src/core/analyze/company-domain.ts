// Whether a sender's domain abbreviates a name the mail writes: "frontrangefreight" is "Front Range
// Freightways", "tnedc" is "Tamil Nadu e-Governance Development Cell", "hfw-foerderbank" is "Hessische
// Förderbank für Wohnungsbau". The domain is read as prefixes of the name's words, in order, some skipped.

/** A word's spellings in a domain: without accents, and German umlauts as two letters. */
function spellings(word: string): string[] {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const german = word.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]/g, '');
  return plain === german ? [plain] : [plain, german];
}

/** The words of a name as a domain would take them apart: "Rheinland-Süd" is two. */
const wordsOf = (name: string): string[][] => name.split(/[\s-]+/).filter(Boolean).map(spellings).filter((s) => s[0] !== '');

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
