const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
  another: 1, couple: 2, 'a couple': 2, 'a couple of': 2, 'couple of': 2, few: 3, 'a few': 3,
};

/** A count written as digits or words ("10", "ten", "a couple of"). */
export const NUMBER = String.raw`(\d{1,3}|a couple of|a couple|couple of|a few|another|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)`;

export function toNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  const trimmed = word.trim().toLowerCase();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return WORDS[trimmed] ?? null;
}
