// How alike two notes are: cosine similarity of their word-bigram counts (1 = the same text).

/** Two thank-yous at or above this are near-duplicates. Our own varied templates with different notes score ~0.3–0.6. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

function bigrams(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const key = `${words[i]} ${words[i + 1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let dot = 0;
  for (const [key, count] of x) dot += count * (y.get(key) ?? 0);
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, c) => s + c * c, 0));
  return dot / (norm(x) * norm(y));
}
