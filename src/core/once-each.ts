/**
 * `compute`, run once for each distinct argument the returned function is given. Made inside one analysis
 * and dropped with it: nothing is remembered from one thread to the next.
 */
export function onceEach<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
