// How many typing slips apart two words are: optimal string alignment distance (Levenshtein with
// swapped neighbours), computed only within a band of `max`, so a long word costs no more than a short one.

/** The distance between `a` and `b`, or `max + 1` as soon as it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(max + 1);
  let previous = Array.from({ length: width }, (_, j) => (j <= max ? j : max + 1));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(width).fill(max + 1);
    if (i <= max) current[0] = i;
    let best = current[0] ?? max + 1;
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? max + 1) + 1, (current[j - 1] ?? max + 1) + 1, (previous[j - 1] ?? max + 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? max + 1) + 1);
      current[j] = Math.min(value, max + 1);
      best = Math.min(best, current[j] ?? max + 1);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}
